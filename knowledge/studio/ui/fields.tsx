/**
 * Form fields that show the checks beside them: each field has a JSON path (`$.entries[3].answer`),
 * its id comes from it (so the summary at the top can jump to it), and the issues at that path are
 * listed under it with their fix.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Issue } from '../../../widget/core';
import { checks, draft, issuesByPath, lint, pathSteps, removeAt, status } from '../model';

/** A DOM id for the field at a JSON path. */
export const fieldId = (path: string) => `f${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The issues at exactly `path`, errors first. */
export function issuesAt(path: string): { issue: Issue; error: boolean }[] {
  return issuesByPath.value.get(path) ?? [];
}

/** The issues at `path`. `alone`: no field is there (a misspelt field): the list is the target. */
export function Issues({ path, id, alone }: { path: string; id?: string; alone?: boolean }) {
  const list = issuesAt(path);
  if (!list.length) return null;
  return (
    <ul class="issues" id={alone ? fieldId(path) : id} tabIndex={alone ? -1 : undefined}>
      {list.map(({ issue, error }) => (
        <IssueItem issue={issue} error={error} />
      ))}
    </ul>
  );
}

export function IssueItem({ issue, error }: { issue: Issue; error: boolean }) {
  const remove = issue.remove;
  return (
    <li class={error ? 'issue err' : 'issue warn'}>
      <strong>{error ? 'Error: ' : 'Warning: '}</strong>
      {/* The file's own paths ("$.handoffTopics[4].terms[0]") are for the terminal, not here. */}
      {issue.message.replace(/\s*\(\$[^)]*\)/g, '')}
      <br />
      <span class="fix">Fix: {issue.fix}</span>
      {remove && <RemoveButton path={remove} />}
    </li>
  );
}

/** "Remove "appointment" from the handoff topic…": the fix an issue names, in one click. */
function RemoveButton({ path }: { path: string }) {
  const m = /^\$\.handoffTopics\[(\d+)\]\.terms\[(\d+)\]$/.exec(path);
  const topic = m ? draft.value?.handoffTopics?.[Number(m[1])] : undefined;
  const term = topic?.terms[Number(m?.[2])];
  // The button goes with its issue: the keyboard goes to the line that says what was done.
  const remove = (p: string, what: string) => {
    removeAt(p);
    status.value = `Removed ${what}. The checks run again.`;
    setTimeout(() => document.getElementById('studio-status')?.focus());
  };
  // An issue's path is for the draft it was found in: after another edit it may name another item.
  if (checks.value.of !== draft.value || (m && lint.value.of !== draft.value))
    return <span class="hint"> Checking again…</span>;
  if (!m || !topic || term === undefined) {
    const last = pathSteps(path).at(-1);
    return (
      <button
        type="button"
        class="small"
        onClick={() => remove(path, typeof last === 'string' ? `the field “${last}”` : 'it')}
      >
        {typeof last === 'string' ? `Remove the field “${last}”` : 'Remove it'}
      </button>
    );
  }
  return (
    <span class="actions">
      <button
        type="button"
        class="small"
        onClick={() => remove(path, `“${term}” from the topic “${topic.topic}”`)}
      >
        Remove “{term}” from the topic “{topic.topic}”
      </button>
      <button
        type="button"
        class="small"
        onClick={() => remove(`$.handoffTopics[${m[1]}]`, `the topic “${topic.topic}”`)}
      >
        Remove the whole topic “{topic.topic}”
      </button>
    </span>
  );
}

interface TextProps {
  path: string;
  label: string;
  value: string | undefined;
  onInput: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  placeholder?: string;
}

export function TextField({
  path,
  label,
  value,
  onInput,
  multiline,
  hint,
  placeholder,
}: TextProps) {
  const id = fieldId(path);
  const list = issuesAt(path);
  const described = [hint ? `${id}-h` : '', list.length ? `${id}-i` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value: value ?? '',
    placeholder,
    'aria-invalid': list.some((i) => i.error) ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-h`}>
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      <Issues path={path} id={`${id}-i`} />
    </div>
  );
}

interface ListProps {
  path: string;
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** Names one item for its remove button and its label: "alternate 3". */
  itemName: string;
  hint?: string;
}

/** A list of short texts, one input each, with add and remove buttons. */
export function TextList({ path, label, items, onChange, itemName, hint }: ListProps) {
  const id = fieldId(path);
  const set = (i: number, v: string) => onChange(items.map((x, j) => (j === i ? v : x)));
  const add = () => {
    onChange([...items, '']);
    setTimeout(() => document.getElementById(fieldId(`${path}[${items.length}]`))?.focus());
  };
  return (
    <fieldset class="list" id={id} aria-describedby={hint ? `${id}-h` : undefined}>
      <legend>
        {label} <span class="count">({items.length})</span>
      </legend>
      {hint && (
        <p class="hint" id={`${id}-h`}>
          {hint}
        </p>
      )}
      <Issues path={path} />
      <ol>
        {items.map((item, i) => {
          const p = `${path}[${i}]`;
          const iid = fieldId(p);
          const list = issuesAt(p);
          return (
            <li key={i}>
              <div class="row">
                <input
                  type="text"
                  id={iid}
                  value={item}
                  aria-label={`${itemName} ${i + 1}`}
                  aria-invalid={list.some((x) => x.error) ? 'true' : undefined}
                  aria-describedby={list.length ? `${iid}-i` : undefined}
                  onInput={(e) => set(i, e.currentTarget.value)}
                />
                <button
                  type="button"
                  class="small"
                  aria-label={`Remove ${itemName} ${i + 1}`}
                  onClick={() => onChange(items.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </div>
              <Issues path={p} id={`${iid}-i`} />
            </li>
          );
        })}
      </ol>
      <button type="button" class="small" onClick={add}>
        Add {itemName}
      </button>
    </fieldset>
  );
}

export function Section({
  title,
  children,
  id,
}: {
  title: string;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <section class="card" aria-labelledby={id ? `${id}-t` : undefined}>
      <h2 id={id ? `${id}-t` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * One `<option>` per entry, by question, for the pickers (related entries, suggestions, "add as
 * an alternate of"). Made again only when an id or a question changes, not on every keystroke in
 * an answer: with 2,000 entries, 2,000 options per picker would be most of a keystroke's time.
 */
export function EntryOptions({ skip }: { skip?: (id: string) => boolean }) {
  const entries = draft.value?.entries ?? [];
  const key = entries.map((e) => `${e.id}\u0000${e.question}`).join('\u0001');
  const skipKey = entries.map((e) => (skip?.(e.id) ? '1' : '0')).join('');
  return useMemo(
    () => (
      <>
        {entries
          .filter((e) => !skip?.(e.id))
          .map((e) => (
            <option value={e.id}>{e.question || e.id}</option>
          ))}
      </>
    ),
    [key, skipKey],
  );
}
