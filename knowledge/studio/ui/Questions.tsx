import { useComputed, useSignal } from '@preact/signals';
import { compareOutcomes, type Explained, type Outcome } from '../explain';
import { addAlternate, doc, draft, questions } from '../model';
import { EntryOptions } from './fields';

/** Most questions checked at once: each is matched twice (saved file and draft) on every edit. */
export const MAX_QUESTIONS = 500;

/** Each question's outcome on the saved file and on the draft; changes for the worse first. */
export const outcomes = () => {
  const d = doc.value;
  const k = draft.value;
  return d && k ? compareOutcomes(questions.value, d.saved, k) : [];
};

export function QuestionsView() {
  const text = useSignal(questions.peek().join('\n'));
  const rows = useComputed(outcomes);
  const setList = (t: string) => {
    text.value = t;
    questions.value = t
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, MAX_QUESTIONS);
  };
  const regressed = rows.value.filter((r) => r.regressed).length;
  const handed = rows.value.filter((r) => r.after?.outcome === 'handoff').length;
  return (
    <div class="questions">
      <section class="card" aria-labelledby="q-t">
        <h2 id="q-t">Questions that matter</h2>
        <p class="hint" id="q-h">
          Paste visitors’ questions, one per line (for example the unanswered questions in your
          contact requests), or load a text file. Each shows what the widget replies with the saved
          file and with your draft.
        </p>
        <label for="q-list">Visitor questions, one per line</label>
        <textarea
          id="q-list"
          rows={8}
          aria-describedby="q-h"
          value={text.value}
          onInput={(e) => setList(e.currentTarget.value)}
        />
        <label class="file">
          Load a text file{' '}
          <input
            type="file"
            accept=".txt,.csv,text/plain"
            onChange={async (e) => {
              const f = e.currentTarget.files?.[0];
              if (f) setList(await f.text());
            }}
          />
        </label>
        <p role="status">
          {rows.value.length} question{rows.value.length === 1 ? '' : 's'}: {handed} handed off
          {regressed > 0 && (
            <strong class="bad">
              {' '}
              · {regressed} answered before and not now: look at them before you save
            </strong>
          )}
        </p>
      </section>
      {rows.value.length > 0 && (
        <section class="card" aria-labelledby="qr-t">
          <h2 id="qr-t">Outcomes</h2>
          <table class="outcomes">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">With the saved file</th>
                <th scope="col">With your draft</th>
                <th scope="col">Make it answered</th>
              </tr>
            </thead>
            <tbody>
              {[...rows.value]
                .sort((a, b) => Number(b.regressed) - Number(a.regressed))
                .map((r) => (
                  <Row row={r} key={r.question} />
                ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

function Cell({ e }: { e: Explained | null }) {
  if (!e) return <td>The checks must pass first.</td>;
  return (
    <td>
      <span class={`outcome ${e.outcome}`}>{e.summary}</span>
      {e.details.length > 0 && (
        <ul>
          {e.details.map((d) => (
            <li>{d}</li>
          ))}
        </ul>
      )}
    </td>
  );
}

function Row({ row }: { row: Outcome }) {
  const k = draft.value;
  const pick = useSignal(row.after?.nearest ?? '');
  if (!k) return null;
  const open = row.after?.outcome === 'handoff' || row.after?.outcome === 'clarify';
  const id = `add-${row.question.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`;
  return (
    <tr class={row.regressed ? 'regressed' : undefined}>
      <th scope="row">
        {row.question}
        {row.regressed && <strong class="bad"> Answered before, not now</strong>}
      </th>
      <Cell e={row.before} />
      <Cell e={row.after} />
      <td>
        {open && (
          <div class="add">
            <label for={id}>Add as an alternate of</label>
            <select
              id={id}
              value={pick.value || row.after?.nearest || k.entries[0]?.id}
              onChange={(e) => {
                pick.value = e.currentTarget.value;
              }}
            >
              <EntryOptions />
            </select>
            <button
              type="button"
              class="small"
              onClick={() =>
                addAlternate(
                  pick.value || row.after?.nearest || k.entries[0]?.id || '',
                  row.question,
                )
              }
            >
              Add
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
