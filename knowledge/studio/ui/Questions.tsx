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
                <th scope="col">Change it</th>
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

function Cell({ e, label }: { e: Explained | null; label: string }) {
  return (
    <td>
      <span class="cell-label">{label}: </span>
      {!e ? (
        'the checks must pass first.'
      ) : (
        <>
          <span class={`outcome ${e.outcome}`}>{e.summary}</span>
          {e.details.length > 0 && (
            <ul>
              {e.details.map((d) => (
                <li>{d}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </td>
  );
}

function Row({ row }: { row: Outcome }) {
  const k = draft.value;
  const after = row.after;
  const pick = useSignal(after?.outcome === 'answer' ? '' : (after?.nearest ?? ''));
  const said = useSignal('');
  if (!k) return null;
  const id = `add-${row.question.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`;
  let action: preact.ComponentChildren = null;
  if (after?.topic)
    action = (
      <p class="hint">
        The practice answers this (topic “{after.topic}”). For an entry to answer it, first remove
        the word from that topic under “Greeting, topics &amp; crisis”.
      </p>
    );
  else if (after && after.outcome !== 'crisis')
    action = (
      <div class="add">
        <label for={id}>
          {after.outcome === 'answer'
            ? 'Wrong entry? Make it a way of asking'
            : 'Add as a way of asking'}
        </label>
        <select
          id={id}
          value={pick.value}
          onChange={(e) => {
            pick.value = e.currentTarget.value;
            said.value = '';
          }}
        >
          <option value="">Choose an entry…</option>
          <EntryOptions />
        </select>
        <button
          type="button"
          class="small"
          disabled={!pick.value}
          onClick={() => {
            said.value = addAlternate(pick.value, row.question);
          }}
        >
          Add
        </button>
        <span role="status">{said.value}</span>
      </div>
    );
  return (
    <tr class={row.regressed ? 'regressed' : undefined}>
      <th scope="row">
        {row.question}
        {row.regressed && <strong class="bad"> Answered before, not now</strong>}
      </th>
      <Cell e={row.before} label="With the saved file" />
      <Cell e={after} label="With your draft" />
      <td>{action}</td>
    </tr>
  );
}
