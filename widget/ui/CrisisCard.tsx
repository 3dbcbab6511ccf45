import type { Chat } from '../model/createChat';
import type { Message } from '../model/message';
import { CrisisLink } from './CrisisLink';

/** Crisis resources only: no answer and no form. A weaker-tier hit may continue the chat. */
export function CrisisCard({
  chat,
  message,
}: {
  chat: Chat;
  message: Extract<Message, { kind: 'crisis' }>;
}) {
  return (
    <div class="cc">
      <p>
        <strong>{message.title}</strong>
      </p>
      <p>{message.notice}</p>
      <ul>
        {message.resources.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong>
            {r.detail && ` ${r.detail}`}
            <span class="ca">
              {r.actions.map((a) => (
                <CrisisLink key={a.href} action={a} class="b" />
              ))}
            </span>
          </li>
        ))}
      </ul>
      {message.tier === 'possible' && !message.done && (
        <button
          type="button"
          class="c"
          onClick={(e) => {
            chat.continueAfterCrisis(message.id);
            // The button goes away: keep the keyboard (and a screen reader) in the chat, at the
            // composer, rather than dropped on <body>. The reply is announced by the log.
            (e.currentTarget.getRootNode() as ShadowRoot).getElementById('aw-input')?.focus();
          }}
        >
          {chat.strings.differentQuestion}
        </button>
      )}
    </div>
  );
}
