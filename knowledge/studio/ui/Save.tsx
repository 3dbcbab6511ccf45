import { useSignal } from '@preact/signals';
import { type Change, diffKnowledge } from '../doc';
import {
  changes,
  conflict,
  doc,
  draft,
  errors,
  lastSave,
  lint,
  type Practice,
  preview,
  save,
  takeDisk,
} from '../model';
import { outcomes } from './Questions';

function Changes({ list }: { list: Change[] }) {
  if (!list.length) return <p>No changes.</p>;
  return (
    <ul class="changes">
      {list.map((c) => (
        <li class={c.kind}>
          <strong>
            {c.kind === 'added' ? 'Added' : c.kind === 'removed' ? 'Removed' : 'Changed'}:{' '}
          </strong>
          {c.what}
          {c.details.length > 0 && (
            <ul>
              {c.details.map((d) => (
                <li>{d}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SaveView() {
  const message = useSignal('');
  const busy = useSignal(false);
  const d = doc.value;
  const k = draft.value;
  if (!d || !k) return null;
  const c = conflict.value;
  const regressed = outcomes().filter((r) => r.regressed);
  const where =
    d.source.kind === 'server'
      ? `to ${d.source.file}, keeping the previous version as a backup beside it`
      : d.source.kind === 'handle'
        ? `to ${d.name}`
        : 'in a file you choose (or as a download)';
  const run = async (force: boolean) => {
    busy.value = true;
    message.value = (await save(force)) ?? '';
    busy.value = false;
  };
  return (
    <div class="save">
      {c && (
        <section class="card conflict" aria-labelledby="c-t">
          <h2 id="c-t">The file changed on disk since you opened it</h2>
          <p>
            Someone (or another window) saved {d.name} meanwhile. Saving now would replace their
            version. What your version changes compared with the one on disk:
          </p>
          {c.knowledge ? (
            <Changes list={diffKnowledge(c.knowledge, k)} />
          ) : (
            <p>The version on disk cannot be opened as a knowledge file.</p>
          )}
          <div class="actions">
            <button type="button" onClick={() => run(true)} disabled={busy.value}>
              Keep my version (replace the file on disk)
            </button>
            <button type="button" onClick={takeDisk}>
              Use the file on disk (drop my changes)
            </button>
          </div>
        </section>
      )}
      <section class="card" aria-labelledby="s-t">
        <h2 id="s-t">Save {d.name}</h2>
        <p>Saving writes your draft {where}. What will change:</p>
        <Changes list={changes.value} />
        {regressed.length > 0 && (
          <div class="warnbox" role="note">
            <p>
              <strong>
                {regressed.length} of your questions answered with the saved file are not answered
                the same way with this draft:
              </strong>
            </p>
            <ul>
              {regressed.map((r) => (
                <li>
                  “{r.question}”: {r.before?.summary} → {r.after?.summary}
                </li>
              ))}
            </ul>
          </div>
        )}
        {errors.value.length > 0 ? (
          <p class="bad" role="note">
            Saving is blocked: {errors.value.length} error{errors.value.length > 1 ? 's' : ''}{' '}
            (listed at the top of the page). Warnings do not block saving.
          </p>
        ) : (
          !lint.value.done && <p role="status">Checking every phrasing…</p>
        )}
        <button
          type="button"
          class="primary"
          disabled={busy.value || errors.value.length > 0}
          onClick={() => run(false)}
        >
          {busy.value ? 'Saving…' : `Save ${d.name}`}
        </button>
        <p role="status" class="bad">
          {message.value}
        </p>
      </section>
    </div>
  );
}

export function PublishView() {
  const s = lastSave.value;
  const d = doc.value;
  const tag = useSignal('');
  const url = useSignal('');
  const copied = useSignal(false);
  if (!d) return null;
  const p = preview.value;
  const snippet = scriptTag(tag.value, url.value || `https://YOUR-SITE/askwell/${d.name}`, p);
  const set = (key: keyof Practice) => (e: Event) => {
    preview.value = { ...preview.peek(), [key]: (e.currentTarget as HTMLInputElement).value };
    copied.value = false;
  };
  const practiceField = (key: keyof Practice, label: string) => (
    <div class="field">
      <label for={`pub-${key}`}>{label}</label>
      <input id={`pub-${key}`} type="text" value={p[key]} onInput={set(key)} />
    </div>
  );
  return (
    <div class="publish">
      <section class="card" aria-labelledby="p-t">
        <h2 id="p-t">{s ? 'Saved. Now publish it' : 'Publishing your knowledge'}</h2>
        {s?.backup && (
          <p>
            The previous version is kept beside it as <code>{s.backup}</code>.
          </p>
        )}
        <p>
          Visitors see your changes once they are on your web site. Send one of these to the person
          who looks after the site:
        </p>
        <ol class="steps">
          <li>
            <strong>Put the new file on the site</strong> (no rebuild): upload{' '}
            <code>{s?.name ?? d.name}</code> next to the widget, and use the script tag below in
            place of the current one. The chat reads the file when a visitor first opens it.
          </li>
          <li>
            <strong>Or rebuild the widget</strong> with the knowledge inside: in the project, run{' '}
            <code>npm run build</code> and upload <code>askwell.js</code>,{' '}
            <code>askwell-chat.js</code> and <code>askwell-faq.es.js</code> from <code>dist/</code>{' '}
            where the widget is served today.
          </li>
        </ol>
        <h3>Your practice, as the widget shows it</h3>
        <p class="hint">
          These are set in the script tag, not in the knowledge file; the widget on the right uses
          them too.
        </p>
        {practiceField('practiceName', 'Practice name')}
        {practiceField('contactEmail', 'Contact email')}
        {practiceField('contactPhone', 'Contact phone')}
        {practiceField('contactUrl', 'Contact page address')}
        <h3>The script tag</h3>
        <div class="field">
          <label for="pub-url">Where the file will be on your site</label>
          <p class="hint" id="pub-url-h">
            For example https://www.your-practice.org/askwell/{d.name}
          </p>
          <input
            id="pub-url"
            type="url"
            aria-describedby="pub-url-h"
            value={url.value}
            onInput={(e) => {
              url.value = e.currentTarget.value;
              copied.value = false;
            }}
          />
        </div>
        <div class="field">
          <label for="pub-tag">Your site’s current Askwell script tag (optional: it is kept)</label>
          <textarea
            id="pub-tag"
            rows={3}
            value={tag.value}
            onInput={(e) => {
              tag.value = e.currentTarget.value;
              copied.value = false;
            }}
          />
        </div>
        <p>The script tag to use:</p>
        <pre>
          <code>{snippet}</code>
        </pre>
        <div class="actions">
          <button
            type="button"
            onClick={async () => {
              await navigator.clipboard?.writeText(snippet).catch(() => undefined);
              copied.value = true;
            }}
          >
            Copy the script tag
          </button>
          <span role="status">{copied.value ? 'Copied.' : ''}</span>
        </div>
      </section>
    </div>
  );
}

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The attributes the publish help sets, by option. */
const ATTRS: [keyof Practice | 'knowledge', string][] = [
  ['knowledge', 'data-knowledge'],
  ['practiceName', 'data-practice-name'],
  ['contactEmail', 'data-contact-email'],
  ['contactPhone', 'data-contact-phone'],
  ['contactUrl', 'data-contact-url'],
];

/**
 * The practice's script tag with `data-knowledge` and the practice's details set (added, or
 * replacing the old values; every other attribute kept), or a whole new tag when none is given.
 */
export function scriptTag(tag: string, url: string, practice: Partial<Practice> = {}): string {
  const values: Record<string, string | undefined> = { knowledge: url, ...practice };
  const given = /<script\b[^>]*>/i.exec(tag)?.[0];
  let open = given ?? `<script src="${attr(url.replace(/[^/]*$/, ''))}askwell.js" defer>`;
  for (const [key, name] of ATTRS) {
    const value = values[key]?.trim();
    if (!value) continue;
    const re = new RegExp(`\\s+${name}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'i');
    open = open.replace(re, '').replace(/\s*\/?>$/, ` ${name}="${attr(value)}">`);
  }
  if (!given) return `${open}</script>`;
  return tag.includes('</script>') ? tag.replace(given, open) : `${open}</script>`;
}
