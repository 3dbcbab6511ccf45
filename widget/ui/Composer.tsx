import type { Ref } from 'preact';
import { MAX_MESSAGE_CHARS } from '../core';
import type { Chat } from '../model/createChat';
import { fill } from '../strings';

/** The counter appears once this close to the limit. */
const COUNTER_FROM = MAX_MESSAGE_CHARS - 150;

export function Composer({ chat, inputRef }: { chat: Chat; inputRef: Ref<HTMLTextAreaElement> }) {
  const t = chat.strings;
  const length = chat.draft.value.length;
  const near = length >= COUNTER_FROM;
  return (
    <form
      class="f"
      onSubmit={(e) => {
        e.preventDefault();
        chat.send();
      }}
    >
      <label class="sr" for="aw-input">
        {t.input}
      </label>
      <textarea
        id="aw-input"
        ref={inputRef}
        rows={1}
        dir="auto"
        maxLength={MAX_MESSAGE_CHARS}
        placeholder={t.placeholder}
        value={chat.draft.value}
        aria-describedby={near ? 'aw-count' : undefined}
        onInput={(e) => {
          chat.draft.value = e.currentTarget.value;
        }}
        onKeyDown={(e) => {
          // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition is neither.
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            chat.send();
          }
        }}
      />
      <button type="submit" class="s">
        {t.send}
      </button>
      {near && (
        <p id="aw-count" class="k" aria-live="polite">
          {fill(t.charsLeft, MAX_MESSAGE_CHARS - length)}
        </p>
      )}
    </form>
  );
}
