import { useSignal } from '@preact/signals';
import { render } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Entry } from '../../../widget/core';
import { KEYS } from '../../../widget/core';
import launcherCss from '../../../widget/launcher.css?inline';
import { sheet } from '../../../widget/shell';
import css from '../../../widget/styles.css?inline';
import { Markdown } from '../../../widget/ui/Markdown';
import {
  addEntry,
  deleteEntry,
  doc,
  draft,
  errorsByEntry,
  moveEntry,
  selected,
  setEntry,
} from '../model';
import { EntryOptions, fieldId, Issues, TextField, TextList } from './fields';

/** Most rows the list shows at once: 2,000 entries are found with the filter, not by scrolling. */
const MAX_ROWS = 200;

export function EntriesView() {
  const k = draft.value;
  if (!k) return null;
  const i = Math.min(selected.value, k.entries.length - 1);
  const entry = k.entries[i];
  return (
    <div class="entries">
      <EntryList />
      {entry ? (
        <EntryEditor entry={entry} index={i} key={entry.id} />
      ) : (
        <p class="card">There are no entries yet. Add the first one.</p>
      )}
    </div>
  );
}

function EntryList() {
  const k = draft.value;
  const filter = useSignal('');
  const q = filter.value.trim().toLowerCase();
  const entries = k?.entries ?? [];
  const rows = entries
    .map((e, i) => ({ e, i }))
    .filter(
      ({ e }) =>
        !q ||
        e.question.toLowerCase().includes(q) ||
        e.id.includes(q) ||
        e.alternates.some((a) => a.toLowerCase().includes(q)),
    )
    .slice(0, MAX_ROWS + 1);
  const counts = errorsByEntry.value;
  const current = selected.value;
  // Rows are made again only when what they show changes, not on a keystroke in an answer.
  const key = `${current}\u0002${rows.map(({ e, i }) => `${e.id}\u0000${e.question}\u0000${counts.get(i) ?? 0}`).join('\u0001')}`;
  const list = useMemo(
    () => (
      <ul class="rows">
        {rows.slice(0, MAX_ROWS).map(({ e, i }) => (
          <Row key={e.id} e={e} i={i} n={counts.get(i) ?? 0} current={i === current} />
        ))}
      </ul>
    ),
    [key],
  );
  if (!k) return null;
  return (
    <nav class="card list-pane" aria-label="Entries">
      <div class="list-head">
        <h2 id="entries-t">Entries ({k.entries.length})</h2>
        <button type="button" onClick={() => addEntry(k.entries.length)}>
          Add entry
        </button>
      </div>
      <label for="entry-filter">Find an entry</label>
      <input
        id="entry-filter"
        type="search"
        value={filter.value}
        onInput={(e) => {
          filter.value = e.currentTarget.value;
        }}
      />
      {list}
      {rows.length > MAX_ROWS && (
        <p class="hint">More than {MAX_ROWS}: type in “Find an entry” to narrow the list.</p>
      )}
      {rows.length === 0 && <p class="hint">No entry has these words.</p>}
    </nav>
  );
}

function Row({ e, i, n, current }: { e: Entry; i: number; n: number; current: boolean }) {
  return (
    <li>
      <button
        type="button"
        class="row-button"
        aria-current={current ? 'true' : undefined}
        onClick={() => {
          selected.value = i;
          setTimeout(() => document.getElementById(fieldId(`$.entries[${i}].question`))?.focus());
        }}
      >
        <span>{e.question || '(no question yet)'}</span>
        {n > 0 && (
          <span class="badge">
            {n} error{n > 1 ? 's' : ''}
          </span>
        )}
      </button>
    </li>
  );
}

function EntryEditor({ entry, index }: { entry: Entry; index: number }) {
  const k = draft.value;
  const confirming = useSignal(false);
  if (!k) return null;
  const path = `$.entries[${index}]`;
  const published = doc.value?.published.has(entry.id);
  const set = (patch: Partial<Entry>) => setEntry(index, patch);
  return (
    <section class="card editor" aria-labelledby="editor-t" id={fieldId(path)} tabIndex={-1}>
      <h2 id="editor-t">{entry.question || 'New entry'}</h2>
      <p class="hint">
        Id <code>{entry.id}</code>
        {published
          ? ': published, so it stays the same (visitors’ links and the page’s events use it).'
          : ': made from the question until you save; then it stays the same.'}
      </p>
      <Issues path={`${path}.id`} />
      {Object.keys(entry)
        .filter((key) => !(KEYS.entry as readonly string[]).includes(key))
        .map((key) => (
          <Issues path={`${path}.${key}`} alone />
        ))}
      <Issues path={path} />
      <TextField
        path={`${path}.question`}
        label="Question"
        hint="As a visitor would ask it. It is shown in “Did you mean…” and in the suggestions."
        value={entry.question}
        onInput={(question) => set({ question })}
      />
      <TextList
        path={`${path}.alternates`}
        label="Other ways visitors ask it"
        itemName="alternate"
        hint="At least 5. Write them as visitors type: short, misspelt, in their own words."
        items={entry.alternates}
        onChange={(alternates) => set({ alternates })}
      />
      <TextList
        path={`${path}.keywords`}
        label="Keywords (optional)"
        itemName="keyword"
        hint="Words that, alone, point to this entry."
        items={entry.keywords ?? []}
        onChange={(keywords) => set({ keywords: keywords.length ? keywords : undefined })}
      />
      <div class="answer-row">
        <TextField
          path={`${path}.answer`}
          label="Answer"
          multiline
          hint="Keep it to 4 sentences or fewer (longer ones get a warning). **bold**, [link text](https://…), and lines starting with “- ” for a list."
          value={entry.answer}
          onInput={(answer) => set({ answer })}
        />
        <div class="preview">
          <p class="label" id="preview-t">
            As visitors see it
          </p>
          <AnswerPreview source={entry.answer} />
        </div>
      </div>
      <Related entry={entry} index={index} />
      <div class="actions">
        <button type="button" onClick={() => moveEntry(index, -1)} disabled={index === 0}>
          Move up
        </button>
        <button
          type="button"
          onClick={() => moveEntry(index, 1)}
          disabled={index === k.entries.length - 1}
        >
          Move down
        </button>
        <button type="button" onClick={() => addEntry(index + 1, entry)}>
          Duplicate
        </button>
        {confirming.value ? (
          <fieldset class="confirm">
            <legend>Delete this entry?</legend>
            <button
              type="button"
              class="danger"
              onClick={() => {
                deleteEntry(index);
                // The entry and its buttons are gone: the keyboard goes to what happened (and Undo).
                setTimeout(() => document.getElementById('studio-status')?.focus());
              }}
            >
              Yes, delete
            </button>{' '}
            <button type="button" id="confirm-keep" onClick={() => (confirming.value = false)}>
              Keep it
            </button>
          </fieldset>
        ) : (
          <button
            type="button"
            class="danger"
            onClick={() => {
              confirming.value = true;
              setTimeout(() => document.getElementById('confirm-keep')?.focus());
            }}
          >
            Delete
          </button>
        )}
      </div>
    </section>
  );
}

function Related({ entry, index }: { entry: Entry; index: number }) {
  const picking = useSignal(false);
  const k = draft.value;
  if (!k) return null;
  const path = `$.entries[${index}].related`;
  const related = entry.related ?? [];
  const byId = new Map(k.entries.map((e) => [e.id, e]));
  const set = (ids: string[]) => setEntry(index, { related: ids.length ? ids : undefined });
  return (
    <fieldset class="list">
      <legend>Related entries (offered as buttons under the answer)</legend>
      <Issues path={path} />
      <ul>
        {related.map((id, j) => (
          <li key={id}>
            <div class="row">
              <span>{byId.get(id)?.question ?? `(missing entry “${id}”)`}</span>
              <button
                type="button"
                class="small"
                aria-label={`Remove related entry ${byId.get(id)?.question ?? id}`}
                onClick={() => set(related.filter((r) => r !== id))}
              >
                Remove
              </button>
            </div>
            <Issues path={`${path}[${j}]`} />
          </li>
        ))}
      </ul>
      {picking.value ? (
        <>
          <label for="add-related">Add a related entry</label>
          <select
            id="add-related"
            value=""
            onChange={(e) => {
              const id = e.currentTarget.value;
              if (id) set([...related, id]);
              picking.value = false;
            }}
          >
            <option value="">Choose an entry…</option>
            <EntryOptions skip={(id) => id === entry.id || related.includes(id)} />
          </select>
        </>
      ) : (
        // The picker (an option per entry: 2,000 in a large file) exists only while it is used.
        <button
          type="button"
          class="small"
          onClick={() => {
            picking.value = true;
            setTimeout(() => document.getElementById('add-related')?.focus());
          }}
        >
          Add a related entry
        </button>
      )}
    </fieldset>
  );
}

/**
 * The answer as the widget renders it: its own Markdown component, in a shadow root with the
 * widget's own styles, inside the widget's message bubble.
 */
export function AnswerPreview({ source }: { source: string }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet(launcherCss), sheet(css)];
    render(
      <div class="r preview-root">
        <div class="m">
          <span class="sr">Assistant: </span>
          <Markdown source={source} />
        </div>
      </div>,
      root,
    );
  }, [source]);
  return <section ref={ref} class="preview-host" aria-labelledby="preview-t" />;
}
