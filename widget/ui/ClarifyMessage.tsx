import type { Chat } from '../model/createChat';
import type { Message } from '../model/message';
import { Chips } from './Chips';

/** "Did you mean…": the candidates and "None of these", inert once one was taken. */
export function ClarifyMessage({
  chat,
  message,
}: {
  chat: Chat;
  message: Extract<Message, { kind: 'clarify' }>;
}) {
  const t = chat.strings;
  const id = `aw-q${message.id}`;
  return (
    <>
      <p id={id}>{t.didYouMean}</p>
      <Chips
        labelledBy={id}
        items={message.candidates}
        onPick={(c) => chat.pick(message.id, c)}
        done={message.done}
      >
        <button
          type="button"
          class="c n"
          aria-disabled={message.done || undefined}
          onClick={() => chat.pick(message.id, null)}
        >
          {t.noneOfThese}
        </button>
      </Chips>
    </>
  );
}
