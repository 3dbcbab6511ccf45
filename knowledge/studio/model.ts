/**
 * The studio's state: the file staff opened, the draft they edit, the checks on it, and opening and
 * saving (through `npm run studio`, the File System Access API, or a download). The views only read
 * these signals and call these functions.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import type { Entry, Issue, Knowledge, Lint } from '../../widget/core';
import { lintSteps, validateKnowledge } from '../../widget/core';
import {
  diffKnowledge,
  entryId,
  formatKnowledge,
  MAX_FILE_BYTES,
  openKnowledge,
  tooBig,
} from './doc';
import { matcherFor } from './explain';

/** Where the file came from, so saving goes back there. */
export type Source =
  | { kind: 'server'; token: string; file: string; version: string }
  | { kind: 'handle'; handle: FileSystemFileHandle; modified: number }
  | { kind: 'upload' };

export interface Doc {
  name: string;
  source: Source;
  /** The file as last opened or saved: what "changes" are measured against. */
  saved: Knowledge;
  /** Ids in the file as opened or saved: published, so never changed again. */
  published: ReadonlySet<string>;
}

export type View = 'entries' | 'settings' | 'questions' | 'save' | 'publish';

export const doc = signal<Doc | null>(null);
export const draft = signal<Knowledge | null>(null);
export const view = signal<View>('entries');
export const selected = signal(0);
/** Why the last file could not be opened, in plain English. */
export const openError = signal<{ message: string; fix: string } | null>(null);
/** A line under the header: what just happened ("Saved. A backup of the previous version…"). */
export const status = signal('');
export const dirty = signal(false);
/** The questions staff pasted (one per line), for the Questions view. */
export const questions = signal<string[]>([]);
/** The file on disk changed since it was opened: its text, for staff to compare and choose. */
export const conflict = signal<{
  text: string;
  version: string;
  knowledge: Knowledge | null;
} | null>(null);
/**
 * The practice's name and contact details: the live widget shows them, and the publish help puts
 * them in the script tag. They live in the script tag, not in the knowledge file.
 */
export interface Practice {
  practiceName: string;
  contactEmail: string;
  contactPhone: string;
  contactUrl: string;
}
export const preview = signal<Practice>({
  practiceName: 'Your practice',
  contactEmail: 'hello@example.org',
  contactPhone: '',
  contactUrl: '',
});

/** After a save: what was written, for the publish help. */
export const lastSave = signal<{ name: string; backup: string | null; where: string } | null>(null);

interface Checks {
  /** The draft they are for. */
  of: Knowledge | null;
  ok: boolean;
  errors: Issue[];
  warnings: Issue[];
}

function check(k: Knowledge | null): Checks {
  if (!k) return { of: k, ok: false, errors: [], warnings: [] };
  const r = validateKnowledge(k);
  return r.ok
    ? { of: k, ok: true, errors: [], warnings: r.warnings }
    : { of: k, ok: false, errors: r.errors, warnings: r.warnings };
}

/**
 * Runs `update` (new checks: issues appear and go beside the fields) keeping the field staff are
 * typing in where it is on the screen. The browser's own scroll anchoring picks the first thing
 * on screen, often the entry list, while issues above the field push it out of sight.
 */
function steady(update: () => void) {
  const el = globalThis.document?.activeElement;
  const before = el && el !== document.body ? el.getBoundingClientRect().top : null;
  update();
  if (el && before !== null)
    requestAnimationFrame(() => {
      const moved = el.getBoundingClientRect().top - before;
      if (moved) scrollBy(0, moved);
    });
}

/** How long typing pauses before the file's checks run again (10 ms on 2,000 entries). */
const CHECK_DELAY_MS = 120;

/**
 * The file's checks (`validateKnowledge`) on the draft: at once on open, and while staff type, as
 * soon as they pause, so that a keystroke is only a render.
 */
export const checks = signal<Checks>(check(null));
let checkTimer: ReturnType<typeof setTimeout> | undefined;
effect(() => {
  const k = draft.value;
  clearTimeout(checkTimer);
  if (!k || !checks.peek().of) checks.value = check(k);
  else checkTimer = setTimeout(() => steady(() => (checks.value = check(k))), CHECK_DELAY_MS);
});

/** The matcher's checks (every phrasing answered by its own entry): slow, so run after typing stops. */
export const lint = signal<Lint & { of: Knowledge | null; done: boolean }>({
  errors: [],
  warnings: [],
  of: null,
  done: false,
});

export const errors = computed(() => [...checks.value.errors, ...lint.value.errors]);
export const warnings = computed(() => [...checks.value.warnings, ...lint.value.warnings]);

/** Issues by JSON path, errors first: each field looks up its own (2,000 entries, 30 fields). */
export const issuesByPath = computed(() => {
  const map = new Map<string, { issue: Issue; error: boolean }[]>();
  const add = (issue: Issue, error: boolean) => {
    const list = map.get(issue.path);
    if (list) list.push({ issue, error });
    else map.set(issue.path, [{ issue, error }]);
  };
  for (const i of errors.value) add(i, true);
  for (const i of warnings.value) add(i, false);
  return map;
});

/** How many errors each entry has, by its index: the badges in the list. */
export const errorsByEntry = computed(() => {
  const counts = new Map<number, number>();
  for (const issue of errors.value) {
    const m = /^\$\.entries\[(\d+)\]/.exec(issue.path);
    if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  return counts;
});

const LINT_DELAY_MS = 400;
const SLICE_MS = 12;
let lintRun = 0;

/** The checker's script, inlined by the build (knowledge/studio/build.ts); absent in tests. */
declare const __STUDIO_WORKER__: string | undefined;
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): {
    createScriptURL(url: string): string;
  };
}
let worker: Worker | null = null;
/** The worker is checking a draft: a newer one replaces it rather than waiting behind it. */
let busy = false;
let workerUrl: string | null | undefined;

/**
 * The checker in a Worker, made from the inlined script through a Trusted Types policy that
 * accepts only this page's blob: URLs; null where that is refused (a stricter policy, or no
 * Workers): then the checks run on this thread, in slices.
 */
function newWorker(): Worker | null {
  try {
    if (workerUrl === undefined) {
      const code = typeof __STUDIO_WORKER__ === 'string' ? __STUDIO_WORKER__ : null;
      const url = code && URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
      const policy = tt?.createPolicy('askwell-studio', {
        createScriptURL: (u) => {
          if (u !== url) throw new TypeError('not the studio checker');
          return u;
        },
      });
      workerUrl = url && policy ? policy.createScriptURL(url) : url;
    }
    return workerUrl ? new Worker(workerUrl) : null;
  } catch {
    workerUrl = null;
    return null;
  }
}

/** The matcher's checks on the draft: in the worker, else in slices of 12 ms on this thread. */
function scheduleLint(k: Knowledge, delay = LINT_DELAY_MS): Promise<void> {
  const run = ++lintRun;
  return new Promise((resolve) => {
    setTimeout(() => {
      if (run !== lintRun) return resolve();
      const done = (out: Lint) => {
        if (run === lintRun) steady(() => (lint.value = { ...out, of: k, done: true }));
        resolve();
      };
      // A worker still checking an older draft is replaced: its answer would be thrown away.
      if (worker && busy) {
        worker.terminate();
        worker = null;
      }
      worker ??= newWorker();
      const w = worker;
      if (w) {
        w.onmessage = (e: MessageEvent<{ id: number; lint: Lint }>) => {
          busy = false;
          if (e.data.id === run) done(e.data.lint);
        };
        w.onerror = () => {
          busy = false;
          worker = null;
          workerUrl = null;
          sliced(k, run, done);
        };
        busy = true;
        w.postMessage({ id: run, knowledge: k });
      } else sliced(k, run, done);
    }, delay);
  });
}

function sliced(k: Knowledge, run: number, done: (out: Lint) => void) {
  const out: Lint = { errors: [], warnings: [] };
  const steps = lintSteps(k, out, matcherFor(k) ?? undefined);
  const slice = () => {
    if (run !== lintRun) return done(out);
    const end = performance.now() + SLICE_MS;
    while (performance.now() < end) if (steps.next().done) return done(out);
    setTimeout(slice, 0);
  };
  slice();
}

effect(() => {
  const { of: k, ok: valid } = checks.value;
  // The last results stay up until the new ones are in: no flicker while staff type.
  lint.value =
    k && valid
      ? { ...lint.peek(), done: false }
      : { errors: [], warnings: [], of: null, done: true };
  if (k && valid) void scheduleLint(k);
});

/** Every check done on the draft as it is now; resolves at once when it already is. */
export async function checksDone(): Promise<void> {
  const k = draft.peek();
  if (checks.peek().of !== k) checks.value = check(k);
  if (!k || !checks.peek().ok || lint.peek().of === k) return;
  await scheduleLint(k, 0);
}

/** Replaces the draft with `next`, one edit. */
export function edit(next: (k: Knowledge) => Knowledge): void {
  const k = draft.peek();
  if (!k) return;
  batch(() => {
    draft.value = next(k);
    dirty.value = true;
    undone.value = null;
  });
}

export function setRoot<K extends keyof Knowledge>(key: K, value: Knowledge[K]): void {
  edit((k) => {
    const copy = { ...k, [key]: value };
    if (value === undefined) delete copy[key];
    return copy;
  });
}

/** Changes entry `i`. A new entry's id follows its question until the file is saved. */
export function setEntry(i: number, patch: Partial<Entry>): void {
  edit((k) => {
    const entries = k.entries.slice();
    const old = entries[i];
    if (!old) return k;
    let entry: Entry = { ...old, ...patch };
    let rename: [string, string] | null = null;
    if (patch.question !== undefined && !doc.peek()?.published.has(old.id)) {
      const taken = new Set(k.entries.filter((e) => e !== old).map((e) => e.id));
      const id = entryId(patch.question, taken);
      if (id !== old.id) {
        entry = { ...entry, id };
        rename = [old.id, id];
      }
    }
    entries[i] = entry;
    return rename ? renameId({ ...k, entries }, ...rename) : { ...k, entries };
  });
}

/** References to an entry (related, suggestions) follow its id when it changes. */
function renameId(k: Knowledge, from: string, to: string): Knowledge {
  const swap = (ids: string[]) =>
    ids.includes(from) ? ids.map((x) => (x === from ? to : x)) : ids;
  return {
    ...k,
    suggestions: swap(k.suggestions),
    entries: k.entries.map((e) =>
      e.related?.includes(from) ? { ...e, related: swap(e.related) } : e,
    ),
  };
}

export function addEntry(at: number, from?: Entry): void {
  edit((k) => {
    const taken = new Set(k.entries.map((e) => e.id));
    const question = from ? `${from.question} (copy)` : '';
    const entry: Entry = from
      ? { ...structuredClone(from), question, id: entryId(question, taken) }
      : { id: entryId('new entry', taken), question: '', alternates: [], answer: '' };
    const entries = k.entries.slice();
    entries.splice(at, 0, entry);
    return { ...k, entries };
  });
  selected.value = at;
}

export function moveEntry(i: number, by: -1 | 1): void {
  const j = i + by;
  edit((k) => {
    if (j < 0 || j >= k.entries.length) return k;
    const entries = k.entries.slice();
    [entries[i], entries[j]] = [entries[j] as Entry, entries[i] as Entry];
    return { ...k, entries };
  });
  if (j >= 0 && j < (draft.peek()?.entries.length ?? 0)) selected.value = j;
}

/** The last deleted entry and the knowledge before, for "Undo". */
export const undone = signal<{ question: string; before: Knowledge } | null>(null);

/** Deletes entry `i`, and the references to it, which would otherwise be errors. */
export function deleteEntry(i: number): void {
  const before = draft.peek();
  const question = before?.entries[i]?.question || 'the entry';
  edit((k) => {
    const gone = k.entries[i]?.id;
    const entries = k.entries
      .filter((_, j) => j !== i)
      .map((e) =>
        e.related?.includes(gone as string)
          ? { ...e, related: e.related.filter((r) => r !== gone) }
          : e,
      );
    return { ...k, entries, suggestions: k.suggestions.filter((s) => s !== gone) };
  });
  selected.value = Math.max(0, Math.min(i, (draft.peek()?.entries.length ?? 1) - 1));
  if (before) undone.value = { question, before };
  status.value = `Deleted “${question}”.`;
}

export function undoDelete(): void {
  const u = undone.peek();
  if (!u) return;
  const i = u.before.entries.findIndex((e) => e.question === u.question);
  edit(() => u.before);
  undone.value = null;
  selected.value = Math.max(0, i);
  status.value = `“${u.question}” is back.`;
}

/** The steps of a JSON path: `$.handoffTopics[2].terms[0]` → handoffTopics, 2, terms, 0. */
export const pathSteps = (path: string) =>
  [...path.matchAll(/\.([^.[]+)|\[(\d+)\]|\["([^"]*)"\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3] ?? ''),
  );

/**
 * Removes what a JSON path names (an issue's fix): a list item such as
 * `$.handoffTopics[2].terms[0]`, or a field such as a misspelt `$.entries[0].anwser`.
 */
export function removeAt(path: string): void {
  const steps = pathSteps(path);
  const last = steps.pop();
  if (last === undefined) return;
  edit((k) => {
    const copy = structuredClone(k) as unknown as Record<string | number, unknown>;
    let at: unknown = copy;
    for (const s of steps) at = (at as Record<string | number, unknown>)?.[s];
    if (Array.isArray(at) && typeof last === 'number') at.splice(last, 1);
    else if (at && typeof at === 'object' && typeof last === 'string')
      delete (at as Record<string, unknown>)[last];
    return copy as unknown as Knowledge;
  });
}

// --- opening ------------------------------------------------------------------------------------

const STORE_KEY = 'askwell-studio';

/** Opens `text` as the document; false (and `openError` says why) when it cannot be edited. */
export function openText(text: string, name: string, source: Source): boolean {
  const opened = openKnowledge(text);
  if (!opened.ok) {
    openError.value = { message: `${name}: ${opened.message}`, fix: opened.fix };
    return false;
  }
  const k = opened.knowledge;
  batch(() => {
    openError.value = null;
    doc.value = { name, source, saved: k, published: new Set(k.entries.map((e) => e.id)) };
    draft.value = k;
    dirty.value = false;
    conflict.value = null;
    lastSave.value = null;
    selected.value = 0;
    view.value = 'entries';
    status.value = `Opened ${name}: ${k.entries.length} entries.`;
  });
  return true;
}

export async function openFile(file: File, handle?: FileSystemFileHandle): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    // Not read at all: a 20 MB file is not a knowledge file, and reading it would only be slow.
    const { message, fix } = tooBig(file.size);
    openError.value = { message: `${file.name}: ${message}`, fix };
    return;
  }
  const text = await file.text();
  openText(
    text,
    file.name,
    handle ? { kind: 'handle', handle, modified: file.lastModified } : { kind: 'upload' },
  );
}

/** The page `npm run studio` served: its token, and the file it edits. */
export function served(): { token: string; file: string } | null {
  const meta = document.querySelector('meta[name="askwell-studio"]');
  try {
    const v = JSON.parse(meta?.getAttribute('content') ?? 'null');
    return v && typeof v.token === 'string' && typeof v.file === 'string' ? v : null;
  } catch {
    return null;
  }
}

export async function openServed(s: { token: string; file: string }): Promise<void> {
  try {
    const r = await fetch('/api/file', { headers: { 'X-Askwell-Token': s.token } });
    if (!r.ok) throw new Error(`the studio server answered ${r.status}`);
    const { text, version, name } = await r.json();
    openText(text, name, { kind: 'server', token: s.token, file: s.file, version });
  } catch (e) {
    openError.value = {
      message: `${s.file} could not be read: ${(e as Error).message}.`,
      fix: 'Check that npm run studio is still running in the terminal, then reload this page.',
    };
  }
}

// --- unsaved changes survive a reload -----------------------------------------------------------

interface Stored {
  practice?: Practice;
  name: string;
  draft: Knowledge;
  saved: Knowledge;
  published: string[];
  server: { file: string; version: string } | null;
  questions: string[];
}

let storeTimer: ReturnType<typeof setTimeout> | undefined;

/** Keeps the draft in this tab's sessionStorage while it has unsaved changes. */
export function persist(storage: Storage): void {
  effect(() => {
    const d = doc.value;
    const k = draft.value;
    const isDirty = dirty.value;
    const qs = questions.value;
    const practice = preview.value;
    clearTimeout(storeTimer);
    storeTimer = setTimeout(() => {
      try {
        if (!d || !k || (!isDirty && qs.length === 0)) return storage.removeItem(STORE_KEY);
        const s = d.source;
        const stored: Stored = {
          name: d.name,
          draft: k,
          saved: d.saved,
          published: [...d.published],
          server: s.kind === 'server' ? { file: s.file, version: s.version } : null,
          questions: qs,
          practice,
        };
        storage.setItem(STORE_KEY, JSON.stringify(stored));
      } catch {
        status.value = 'This draft is too large to keep across a reload: save it before you leave.';
      }
    }, 250);
  });
}

/**
 * The draft a reload interrupted, if any. Under `npm run studio` it must be for the same file; it
 * keeps the version it was opened at, so a file changed meanwhile is still a conflict.
 */
export function restore(storage: Storage, server: { token: string; file: string } | null): boolean {
  let stored: Stored;
  try {
    stored = JSON.parse(storage.getItem(STORE_KEY) ?? 'null');
  } catch {
    return false;
  }
  if (!stored?.draft) return false;
  if (server && stored.server?.file !== server.file) return false;
  const source: Source =
    server && stored.server
      ? { kind: 'server', token: server.token, file: server.file, version: stored.server.version }
      : { kind: 'upload' };
  batch(() => {
    doc.value = {
      name: stored.name,
      source,
      saved: stored.saved,
      published: new Set(stored.published),
    };
    draft.value = stored.draft;
    dirty.value = JSON.stringify(stored.draft) !== JSON.stringify(stored.saved);
    questions.value = stored.questions ?? [];
    if (stored.practice) preview.value = stored.practice;
    status.value = 'Your unsaved changes from before the reload are back.';
  });
  return true;
}

// --- saving -------------------------------------------------------------------------------------

export const changes = computed(() => {
  const d = doc.value;
  const k = draft.value;
  return d && k ? diffKnowledge(d.saved, k) : [];
});

function saved(k: Knowledge, source: Source, where: string, backup: string | null) {
  const d = doc.peek() as Doc;
  batch(() => {
    doc.value = { ...d, source, saved: k, published: new Set(k.entries.map((e) => e.id)) };
    // The draft stays the same object: nothing re-renders but the status.
    dirty.value = draft.peek() !== k;
    conflict.value = null;
    lastSave.value = { name: d.name, backup, where };
    status.value = `Saved ${where}.${backup ? ` The previous version is kept as ${backup}.` : ''}`;
    view.value = 'publish';
  });
}

/**
 * Saves the draft where it came from. `force` overwrites a file changed on disk meanwhile, after
 * staff compared the two. Returns a message when it could not save.
 */
export async function save(force = false): Promise<string | null> {
  await checksDone();
  const d = doc.peek();
  const k = draft.peek();
  if (!d || !k) return 'Open a file first.';
  if (errors.peek().length)
    return 'Fix the errors first: the list at the top of the page names each.';
  const text = formatKnowledge(k);
  const s = d.source;
  try {
    if (s.kind === 'server') {
      const r = await fetch('/api/file', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-Askwell-Token': s.token },
        body: JSON.stringify({ text, base: s.version, force }),
      });
      const body = await r.json().catch(() => ({}));
      if (r.status === 409) {
        showConflict(body.text, body.version);
        return 'The file changed on disk since you opened it.';
      }
      if (!r.ok)
        return `The studio server could not save (${r.status}: ${body.error ?? 'no reason given'}).`;
      saved(k, { ...s, version: body.version }, `to ${s.file}`, body.backup ?? null);
      return null;
    }
    if (s.kind === 'handle') {
      const now = await s.handle.getFile();
      if (!force && now.lastModified !== s.modified) {
        showConflict(await now.text(), String(now.lastModified));
        return 'The file changed on disk since you opened it.';
      }
      const w = await s.handle.createWritable();
      await w.write(text);
      await w.close();
      const after = await s.handle.getFile();
      saved(k, { ...s, modified: after.lastModified }, `to ${d.name}`, null);
      return null;
    }
    const picker = (globalThis as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
    if (picker) {
      const handle = await picker({
        suggestedName: d.name,
        types: [{ description: 'Knowledge file', accept: { 'application/json': ['.json'] } }],
      });
      const w = await handle.createWritable();
      await w.write(text);
      await w.close();
      const after = await handle.getFile();
      saved(k, { kind: 'handle', handle, modified: after.lastModified }, `to ${handle.name}`, null);
      return null;
    }
    download(text, d.name);
    saved(k, s, `as a download (${d.name}): move it over the old file`, null);
    return null;
  } catch (e) {
    if ((e as Error).name === 'AbortError') return 'Not saved: no file was chosen.';
    return `Not saved: ${(e as Error).message}. Your changes are still here.`;
  }
}

type SavePicker = (o: object) => Promise<FileSystemFileHandle>;

function showConflict(text: string, version: string) {
  const opened = openKnowledge(text);
  conflict.value = { text, version, knowledge: opened.ok ? opened.knowledge : null };
  view.value = 'save';
}

/** Staff chose the file on disk: their draft is dropped for it. */
export function takeDisk(): void {
  const c = conflict.peek();
  const d = doc.peek();
  if (!c || !d) return;
  const source: Source =
    d.source.kind === 'server'
      ? { ...d.source, version: c.version }
      : d.source.kind === 'handle'
        ? { ...d.source, modified: Number(c.version) }
        : d.source;
  openText(c.text, d.name, source);
}

export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A visitor's question becomes another way of asking entry `id`: coverage in one click. Says what
 * it did, for the row to show.
 */
export function addAlternate(id: string, question: string): string {
  const i = draft.peek()?.entries.findIndex((e) => e.id === id) ?? -1;
  const entry = draft.peek()?.entries[i];
  if (!entry) return 'Choose an entry first.';
  const name = `“${entry.question || entry.id}”`;
  if (entry.alternates.some((a) => a.trim().toLowerCase() === question.trim().toLowerCase()))
    return `Already a way of asking ${name}.`;
  setEntry(i, { alternates: [...entry.alternates, question] });
  return `Added as a way of asking ${name}.`;
}
