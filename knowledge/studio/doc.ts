/**
 * The knowledge studio's document rules, with no DOM: reading a file staff open (whatever it
 * holds), writing it back the way the repository's formatter would, ids for new entries, and what
 * changed since it was opened. Runs in Node for the tests.
 */
import type { Entry, Issue, Knowledge } from '../../widget/core';
import { validateKnowledge } from '../../widget/core';

/** A knowledge file is normally under 100 KB; 2,000 entries are about 2 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A knowledge file is 5 levels deep; far deeper is not one (and would overflow a recursion). */
const MAX_DEPTH = 12;

export type Opened =
  | { ok: true; knowledge: Knowledge; problems: Issue[] }
  | { ok: false; message: string; fix: string };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How deep `value` nests, counted without recursion (a hostile file may nest 100,000 levels). */
function depthOver(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > max) return true;
    if (typeof v === 'object' && v !== null)
      for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

/**
 * Where the file cannot be edited with forms (a list that is not a list, an entry that is not an
 * object); null when every part the forms show has the shape they need. Wrong values inside that
 * shape (an empty answer, a misspelt key) are for the checks, not a reason to refuse the file.
 */
function shapeProblem(data: Obj): string | null {
  const list = (v: unknown) => v === undefined || Array.isArray(v);
  const texts = (v: unknown) => v === undefined || (Array.isArray(v) && v.every(isText));
  const isText = (v: unknown) => typeof v === 'string';
  const text = (v: unknown) => v === undefined || isText(v);
  for (const key of ['entries', 'smallTalk', 'handoffTopics'])
    if (!list(data[key])) return `$.${key} is not a list`;
  if (!texts(data.suggestions)) return '$.suggestions is not a list of entry ids';
  if (!text(data.greeting)) return '$.greeting is not text';
  const entries = (data.entries ?? []) as unknown[];
  for (const [i, e] of entries.entries()) {
    if (!isObject(e)) return `$.entries[${i}] is not an entry`;
    for (const k of ['id', 'question', 'answer']) if (!text(e[k])) return `$.entries[${i}].${k}`;
    for (const k of ['alternates', 'keywords', 'related'])
      if (!texts(e[k])) return `$.entries[${i}].${k} is not a list of text`;
  }
  for (const [i, s] of ((data.smallTalk ?? []) as unknown[]).entries()) {
    if (!isObject(s) || !text(s.id) || !text(s.reply) || !texts(s.patterns) || !text(s.action))
      return `$.smallTalk[${i}]`;
  }
  for (const [i, t] of ((data.handoffTopics ?? []) as unknown[]).entries()) {
    if (!isObject(t) || !text(t.topic) || !text(t.reply) || !texts(t.terms))
      return `$.handoffTopics[${i}]`;
  }
  if (data.vocabulary !== undefined) {
    if (!isObject(data.vocabulary)) return '$.vocabulary is not a set of meanings';
    for (const [m, words] of Object.entries(data.vocabulary))
      if (!texts(words)) return `$.vocabulary["${m}"] is not a list of text`;
  }
  if (data.crisis !== undefined) {
    const c = data.crisis;
    if (!isObject(c) || !text(c.title) || !text(c.notice) || !list(c.resources)) return '$.crisis';
    for (const [i, r] of ((c.resources ?? []) as unknown[]).entries()) {
      if (!isObject(r) || !text(r.id) || !text(r.name) || !text(r.detail) || !list(r.actions))
        return `$.crisis.resources[${i}]`;
      if (!texts(r.categories)) return `$.crisis.resources[${i}].categories`;
      if (!((r.actions ?? []) as unknown[]).every(isAction))
        return `$.crisis.resources[${i}].actions`;
    }
    if (c.banner !== undefined) {
      const b = c.banner;
      if (!isObject(b) || !text(b.text) || !list(b.actions)) return '$.crisis.banner';
      if (!((b.actions ?? []) as unknown[]).every(isAction)) return '$.crisis.banner.actions';
    }
  }
  return null;
}

function isAction(a: unknown): boolean {
  return (
    isObject(a) &&
    ['kind', 'label', 'href'].every((k) => a[k] === undefined || typeof a[k] === 'string')
  );
}

/**
 * A file as staff opened it: its knowledge with every problem the checks find, or, when it cannot
 * be edited at all, why in plain English. Never throws, whatever the text.
 */
export function openKnowledge(text: string): Opened {
  if (text.length > MAX_FILE_BYTES) return tooBig(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      message:
        e instanceof SyntaxError
          ? `This file is not valid JSON (${e.message}).`
          : 'This file is nested too deeply to be a knowledge file.',
      fix: 'Check for a missing comma, quote or bracket near the place named, or open the backup of the file.',
    };
  }
  if (!isObject(data))
    return {
      ok: false,
      message: 'This file holds JSON, but not a knowledge file: it is not an object with entries.',
      fix: 'Check that you picked the knowledge file (faq.json), not another file.',
    };
  const where = depthOver(data, MAX_DEPTH)
    ? 'it is nested far deeper than a knowledge file'
    : shapeProblem(data);
  if (where)
    return {
      ok: false,
      message: `This file cannot be edited with the studio's forms: ${where}.`,
      fix: 'Open it in a text editor and fix that part (npm run knowledge:check names every problem), or open the backup of the file.',
    };
  // The lists the forms edit exist; nothing else is added, removed or reordered.
  const knowledge = {
    ...data,
    entries: ((data.entries ?? []) as Obj[]).map((e) => ({ ...e, alternates: e.alternates ?? [] })),
    smallTalk: data.smallTalk ?? [],
    suggestions: data.suggestions ?? [],
  } as unknown as Knowledge;
  const result = validateKnowledge(knowledge);
  return {
    ok: true,
    knowledge,
    problems: result.ok ? result.warnings : [...result.errors, ...result.warnings],
  };
}

/** Why a file of `bytes` is not opened (not even read, when the browser says its size first). */
export function tooBig(bytes: number): Extract<Opened, { ok: false }> {
  return {
    ok: false,
    message: `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a knowledge file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB (2,000 entries are about 2 MB).`,
    fix: 'Check that you picked the knowledge file (faq.json), not another file.',
  };
}

const LINE_WIDTH = 100;

/**
 * The JSON text the repository's formatter (Biome) would write: two-space indents, objects one key
 * per line, a list of values on one line when it fits in 100 columns. So a file saved by the studio
 * passes `npm run lint` and its diff shows only what staff changed.
 */
export function formatKnowledge(value: unknown): string {
  return `${format(value, '', 0)}\n`;
}

/** `value` printed at `indent`, where `used` columns of its first line are already taken. */
function format(value: unknown, indent: string, used: number, tail = 0): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (used + flat.length + tail <= LINE_WIDTH) return flat;
    }
    const inner = `${indent}  `;
    const items = value.map(
      (v, i) => inner + format(v, inner, inner.length, i < value.length - 1 ? 1 : 0),
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Obj)[k] !== undefined);
    if (keys.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = keys.map((k, i) => {
      const head = `${inner}${JSON.stringify(k)}: `;
      return head + format((value as Obj)[k], inner, head.length, i < keys.length - 1 ? 1 : 0);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * An id for a new entry from its question ("Do you offer telehealth?" → "do-you-offer-telehealth"):
 * lower case, no accents, at most 48 characters, different from every id in `taken`.
 */
export function entryId(question: string, taken: ReadonlySet<string>): string {
  let base = question
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length > 48) base = base.slice(0, 48).replace(/-[^-]*$/, '') || base.slice(0, 48);
  if (!base) base = 'entry';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  /** What changed, as staff name it: `Entry "Do you offer telehealth?"`, `Greeting`. */
  what: string;
  /** Each changed field: `answer: "old…" → "new…"`, `alternates: + "by video?"`. */
  details: string[];
}

/** Lists of entry ids, shown by question. */
const ID_LISTS = ['related', 'suggestions'];

const quote = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return `"${s && s.length > 300 ? `${s.slice(0, 297)}…` : s}"`;
};

/**
 * Field by field: text as old → new, lists as what was added and removed. `named` shows an entry
 * id in a list of them (related, suggestions) as its question.
 */
function fieldChanges(
  before: Obj,
  after: Obj,
  named: (id: string) => string,
  skip: string[] = [],
): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (skip.includes(key)) continue;
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (Array.isArray(a) || Array.isArray(b)) {
      const old = (Array.isArray(a) ? a : []).map((v) => JSON.stringify(v));
      const now = (Array.isArray(b) ? b : []).map((v) => JSON.stringify(v));
      const added = now.filter((v) => !old.includes(v));
      const removed = old.filter((v) => !now.includes(v));
      const show = (v: string) =>
        quote(ID_LISTS.includes(key) ? named(JSON.parse(v)) : JSON.parse(v));
      const parts = [...added.map((v) => `+ ${show(v)}`), ...removed.map((v) => `− ${show(v)}`)];
      out.push(`${key}: ${parts.length ? parts.join(', ') : 'reordered'}`);
    } else if (a === undefined) out.push(`${key}: added ${quote(b)}`);
    else if (b === undefined) out.push(`${key}: removed ${quote(a)}`);
    else out.push(`${key}: ${quote(a)} → ${quote(b)}`);
  }
  return out;
}

/** What saving `after` over `before` changes, in words staff read before they save. */
export function diffKnowledge(before: Knowledge, after: Knowledge): Change[] {
  const changes: Change[] = [];
  const name = (e: Entry) => `Entry "${e.question || e.id}"`;
  const old = new Map(before.entries.map((e) => [e.id, e]));
  const now = new Map(after.entries.map((e) => [e.id, e]));
  const named = (id: string) => now.get(id)?.question || old.get(id)?.question || id;
  for (const e of after.entries) {
    const o = old.get(e.id);
    if (!o) changes.push({ kind: 'added', what: name(e), details: [] });
    else {
      const details = fieldChanges(o as unknown as Obj, e as unknown as Obj, named);
      if (details.length) changes.push({ kind: 'changed', what: name(e), details });
    }
  }
  for (const e of before.entries)
    if (!now.has(e.id)) changes.push({ kind: 'removed', what: name(e), details: [] });
  const order = (k: Knowledge) =>
    k.entries.map((e) => e.id).filter((id) => old.has(id) && now.has(id));
  if (JSON.stringify(order(before)) !== JSON.stringify(order(after)))
    changes.push({ kind: 'changed', what: 'Order of the entries', details: [] });
  const rest = fieldChanges(before as unknown as Obj, after as unknown as Obj, named, ['entries']);
  for (const d of rest) {
    const key = d.slice(0, d.indexOf(':'));
    changes.push({ kind: 'changed', what: SECTION_NAMES[key] ?? key, details: [d] });
  }
  return changes;
}

export const SECTION_NAMES: Record<string, string> = {
  greeting: 'Greeting',
  suggestions: 'Suggested questions',
  smallTalk: 'Small talk',
  handoffTopics: 'Handoff topics',
  vocabulary: 'Practice vocabulary',
  crisis: 'Crisis resources',
  lang: 'Language',
  version: 'Version',
};
