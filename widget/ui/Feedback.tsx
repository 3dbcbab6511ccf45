import type { Chat } from '../model/createChat';

/**
 * "Was this helpful?" Once answered the buttons stay, unavailable, the chosen one pressed, so
 * keyboard focus stays where it was; the thanks is added to the log and announced once.
 */
export function Feedback({ chat, messageId }: { chat: Chat; messageId: number }) {
  const t = chat.strings;
  const given = chat.rated.value.get(messageId);
  const done = given !== undefined;
  const id = `aw-f${messageId}`;
  const choice = (helpful: boolean, label: string) => (
    <button
      type="button"
      class="c"
      aria-disabled={done || undefined}
      aria-pressed={done ? given === helpful : undefined}
      onClick={() => chat.feedback(messageId, helpful)}
    >
      {label}
    </button>
  );
  return (
    <fieldset class="cs fb" aria-labelledby={id}>
      <p id={id}>{t.helpful}</p>
      {choice(true, t.yes)}
      {choice(false, t.no)}
      {done && <p>{t.thanks}</p>}
    </fieldset>
  );
}
