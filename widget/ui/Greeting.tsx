import type { Chat } from '../model/createChat';
import { Chips } from './Chips';

/**
 * The widget's own one-line disclaimer (small, apart: it is there even when a practice's greeting
 * says nothing of the kind), then the knowledge's greeting and its 3–4 suggested questions.
 */
export function Greeting({ chat }: { chat: Chat }) {
  const t = chat.strings;
  const k = chat.knowledge.value;
  const suggestions = (k?.suggestions ?? [])
    .map((id) => k?.entries.find((e) => e.id === id))
    .filter((e) => !!e); // at most 4: the validator sees to it
  return (
    <>
      <p class="d">{t.disclaimer}</p>
      <div class="m">
        <p>{k ? k.greeting : t.loading}</p>
        {suggestions.length > 0 && (
          <Chips label={t.suggestions} items={suggestions} onPick={chat.choose} />
        )}
      </div>
    </>
  );
}
