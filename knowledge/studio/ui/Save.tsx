import { useSignal } from '@preact/signals';
import { type Change, diffKnowledge } from '../doc';
import { changes, conflict, doc, draft, errors, lastSave, lint, save, takeDisk } from '../model';
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
  const url = useSignal('https://www.example-practice.org/askwell/faq.json');
  if (!d) return null;
  const snippet = withKnowledge(tag.value, url.value);
  return (
    <div class="publish">
      <section class="card" aria-labelledby="p-t">
        <h2 id="p-t">{s ? 'Saved. Now publish it' : 'Publishing your knowledge'}</h2>
        {s?.backup && (
          <p>
            The previous version is kept beside it as <code>{s.backup}</code>.
          </p>
        )}
        <p>Visitors see the change once it is published, in one of two ways:</p>
        <ol class="steps">
          <li>
            <strong>Rebuild the widget</strong> (the knowledge goes inside it): in the project, run{' '}
            <code>npm run build</code> and upload <code>askwell.js</code>,{' '}
            <code>askwell-chat.js</code> and <code>askwell-faq.es.js</code> from <code>dist/</code>{' '}
            where the widget is served today.
          </li>
          <li>
            <strong>Upload the file only</strong>: put <code>{s?.name ?? d.name}</code> on your web
            site and point the script tag at it with <code>data-knowledge</code>. The widget reads
            it when a visitor first opens the chat; no rebuild.
          </li>
        </ol>
        <div class="field">
          <label for="pub-url">Where you will upload the file</label>
          <input
            id="pub-url"
            type="url"
            value={url.value}
            onInput={(e) => {
              url.value = e.currentTarget.value;
            }}
          />
        </div>
        <div class="field">
          <label for="pub-tag">Your site’s current Askwell script tag (optional)</label>
          <textarea
            id="pub-tag"
            rows={3}
            value={tag.value}
            placeholder='<script src="https://www.example-practice.org/askwell/askwell.js" data-practice-name="…" defer></script>'
            onInput={(e) => {
              tag.value = e.currentTarget.value;
            }}
          />
        </div>
        <p>The script tag to use:</p>
        <pre>
          <code>{snippet}</code>
        </pre>
        <button type="button" onClick={() => navigator.clipboard?.writeText(snippet)}>
          Copy the script tag
        </button>
      </section>
    </div>
  );
}

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The practice's script tag with `data-knowledge` set (added, or replacing the old one). */
export function withKnowledge(tag: string, url: string): string {
  const given = /<script\b[^>]*>/i.exec(tag)?.[0];
  if (!given) {
    const base = url.replace(/[^/]*$/, '');
    return `<script src="${attr(base)}askwell.js" data-knowledge="${attr(url)}" defer></script>`;
  }
  const without = given.replace(/\s+data-knowledge\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '');
  const open = without.replace(/\s*\/?>$/, ` data-knowledge="${attr(url)}">`);
  return tag.includes('</script>') ? tag.replace(given, open) : `${open}</script>`;
}
