import { useSignal } from '@preact/signals';
import type { Issue } from '../../../widget/core';
import shipped from '../../faq.json';
import { SECTION_NAMES } from '../doc';
import {
  checks,
  dirty,
  doc,
  draft,
  errors,
  lint,
  openError,
  openFile,
  openText,
  selected,
  status,
  undoDelete,
  undone,
  type View,
  view,
  warnings,
} from '../model';
import { EntriesView } from './Entries';
import { fieldId, IssueItem } from './fields';
import { QuestionsView } from './Questions';
import { PublishView, SaveView } from './Save';
import { SettingsView } from './Settings';
import { TryPanel } from './Try';

const VIEWS: [View, string][] = [
  ['entries', 'Entries'],
  ['settings', 'Greeting, topics & crisis'],
  ['questions', 'Questions that matter'],
  ['save', 'Save'],
  ['publish', 'Publish'],
];

type OpenPicker = (o: object) => Promise<FileSystemFileHandle[]>;
const picker = () => (globalThis as { showOpenFilePicker?: OpenPicker }).showOpenFilePicker;

/** Open a file: the File System Access picker where there is one (saving goes back to it). */
async function pick(input: HTMLInputElement | null) {
  const p = picker();
  if (!p) return input?.click();
  try {
    const [handle] = await p({
      types: [{ description: 'Knowledge file', accept: { 'application/json': ['.json'] } }],
    });
    if (handle) await openFile(await handle.getFile(), handle);
  } catch {
    // closed without choosing
  }
}

function OpenControls() {
  const input = useSignal<HTMLInputElement | null>(null);
  return (
    <>
      <button type="button" onClick={() => pick(input.value)}>
        Open a file…
      </button>
      <input
        type="file"
        accept=".json,application/json"
        class="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        ref={(el) => {
          input.value = el;
        }}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) void openFile(f);
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}

/** Where an issue's path is edited: the view, the entry, and the field to focus. */
function go(issue: Issue) {
  const m = /^\$\.entries\[(\d+)\]/.exec(issue.path);
  if (m) {
    view.value = 'entries';
    selected.value = Number(m[1]);
  } else if (issue.path !== '$.entries') view.value = 'settings';
  setTimeout(() => {
    // The field itself, else the nearest enclosing one that exists (a list, an entry).
    let p = issue.path;
    while (p) {
      const el = document.getElementById(fieldId(p));
      if (el) {
        el.scrollIntoView({ block: 'center' });
        const target = el.matches('input, textarea, select, ul')
          ? el
          : el.querySelector<HTMLElement>('input, textarea, select');
        (target ?? el).focus();
        return;
      }
      p = p.replace(/(\.[^.[]+|\[[^\]]*\])$/, '');
      if (p === '$') return;
    }
  });
}

function where(path: string): string {
  const k = draft.value;
  const m = /^\$\.entries\[(\d+)\]\.?(\w*)/.exec(path);
  if (m && k)
    return `Entry “${k.entries[Number(m[1])]?.question || `#${Number(m[1]) + 1}`}”${m[2] ? `, ${m[2]}` : ''}`;
  const key = /^\$\.(\w+)/.exec(path)?.[1] ?? '';
  return SECTION_NAMES[key] ?? path;
}

/** Up to this many problems are listed at once without asking. */
const FEW = 12;

/** Every error and warning, at the top of the page, each a way to the field it is about. */
function Summary() {
  const errs = errors.value;
  const warns = warnings.value;
  /** Staff's choice; until they make one, open when there are errors and not too many. */
  const chosen = useSignal<boolean | null>(null);
  const open = chosen.value ?? (errs.length > 0 && errs.length + warns.length <= FEW);
  const checking = checks.value.ok && !lint.value.done;
  return (
    <section class="summary" aria-labelledby="sum-t">
      <h2 id="sum-t" class={errs.length ? 'bad' : 'good'}>
        {errs.length
          ? `${errs.length} error${errs.length > 1 ? 's' : ''} to fix before saving`
          : 'No errors'}
        {warns.length > 0 && `, ${warns.length} warning${warns.length > 1 ? 's' : ''}`}
      </h2>
      <p class="hint" role="status">
        {checking
          ? 'Checking that every phrasing gets its own answer…'
          : checks.value.ok
            ? 'Every phrasing was tried in the matcher.'
            : 'Phrasings are tried in the matcher once the errors in the file’s form are fixed.'}
      </p>
      {(errs.length > 0 || warns.length > 0) && (
        <details
          open={open}
          onToggle={(e) => {
            if (e.currentTarget.open !== open) chosen.value = e.currentTarget.open;
          }}
        >
          <summary>Show each problem and go to it</summary>
          {/* Listed only while open: a large file's thousand problems make a slow page. */}
          {open && (
            <ul class="issues">
              {[...errs.map((i) => [i, true] as const), ...warns.map((i) => [i, false] as const)]
                .slice(0, 100)
                .map(([issue, error]) => (
                  <li class="sum-item">
                    <button type="button" class="link" onClick={() => go(issue)}>
                      {where(issue.path)}
                    </button>
                    <ul>
                      <IssueItem issue={issue} error={error} />
                    </ul>
                  </li>
                ))}
            </ul>
          )}
        </details>
      )}
    </section>
  );
}

function Welcome() {
  return (
    <main id="main" class="welcome">
      <h1>Askwell knowledge studio</h1>
      <p>
        Edit the questions and answers of your Askwell chat, try them in the real widget, and save
        them, without touching JSON.
      </p>
      {openError.value && (
        <div class="card err" role="alert">
          <p>
            <strong>{openError.value.message}</strong>
          </p>
          <p>Fix: {openError.value.fix}</p>
        </div>
      )}
      <div class="actions">
        <OpenControls />
        <button
          type="button"
          onClick={() => openText(JSON.stringify(shipped), 'faq.json', { kind: 'upload' })}
        >
          Start from the shipped knowledge
        </button>
      </div>
      <p class="hint">Or drop a faq.json file anywhere on this page.</p>
    </main>
  );
}

export function App() {
  const d = doc.value;
  const dragging = useSignal(false);
  const drop = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      dragging.value = true;
    },
    onDragLeave: () => {
      dragging.value = false;
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      dragging.value = false;
      const f = e.dataTransfer?.files[0];
      if (f) void openFile(f);
    },
  };
  return (
    <div class={dragging.value ? 'app dragging' : 'app'} {...drop}>
      <a class="skip" href="#main">
        Skip to the editor
      </a>
      <header class="top">
        <p class="brand">Askwell studio</p>
        {d && (
          <p class="file">
            {d.name}
            {dirty.value ? ' · unsaved changes' : ' · saved'}
          </p>
        )}
        <div class="actions">
          <OpenControls />
          {d && (
            <button
              type="button"
              class="primary"
              onClick={() => {
                view.value = 'save';
              }}
            >
              Save…
            </button>
          )}
        </div>
      </header>
      {!d ? (
        <Welcome />
      ) : (
        <>
          {openError.value && (
            <div class="card err" role="alert">
              <strong>{openError.value.message}</strong> Fix: {openError.value.fix}
            </div>
          )}
          <p class="status" role="status" id="studio-status" tabIndex={-1}>
            {status.value}
            {undone.value && (
              <>
                {' '}
                <button type="button" class="small" onClick={undoDelete}>
                  Undo
                </button>
              </>
            )}
          </p>
          <Summary />
          <nav class="tabs" aria-label="Studio">
            {VIEWS.map(([v, label]) => (
              <button
                type="button"
                aria-current={view.value === v ? 'page' : undefined}
                onClick={() => {
                  view.value = v;
                }}
              >
                {label}
              </button>
            ))}
          </nav>
          <div class="work">
            <main id="main" tabIndex={-1}>
              <h1 class="sr-only">Askwell knowledge studio: {d.name}</h1>
              {view.value === 'entries' && <EntriesView />}
              {view.value === 'settings' && <SettingsView />}
              {view.value === 'questions' && <QuestionsView />}
              {view.value === 'save' && <SaveView />}
              {view.value === 'publish' && <PublishView />}
            </main>
            <aside aria-label="Try it">
              <TryPanel />
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
