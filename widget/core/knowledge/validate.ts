import { type IssueText, KNOWLEDGE_TEXT as T } from '../messages';
import { safeHref } from './markdown';
import type { CrisisCategory, Knowledge } from './types';

/**
 * Checks that data is a usable knowledge file, the same way in the browser (a runtime knowledge
 * URL) and in `npm run knowledge:check`. Every problem names where it is (a JSON path) and says
 * in plain English how to fix it. `knowledge/faq.schema.json` describes the same rules for editors.
 */
export interface Issue {
  path: string;
  message: string;
  fix: string;
  /** A list item (a JSON path) whose removal is the fix: the knowledge studio offers a button. */
  remove?: string;
}

export type ValidationResult =
  | { ok: true; knowledge: Knowledge; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/** Allowed keys per object, so a misspelt key ("anwser") is reported, not ignored. */
export const KEYS = {
  root: [
    '$schema',
    'version',
    'lang',
    'greeting',
    'suggestions',
    'entries',
    'smallTalk',
    'handoffTopics',
    'vocabulary',
    'crisis',
  ],
  entry: ['id', 'question', 'alternates', 'keywords', 'answer', 'related'],
  smallTalk: ['id', 'patterns', 'reply', 'action'],
  handoffTopic: ['topic', 'terms', 'reply', 'unlessAnswered'],
  crisis: ['title', 'notice', 'resources', 'banner'],
  resource: ['id', 'name', 'detail', 'actions', 'categories'],
  action: ['kind', 'label', 'href'],
  banner: ['text', 'actions'],
} as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MIN_ALTERNATES = 5;
/** Every crisis category, as `CrisisCategory` names them. */
export const CATEGORIES = [
  'ideation',
  'self-harm',
  'overdose',
  'third-person',
  'harm-to-others',
  'abuse',
  'medical',
] as const satisfies readonly CrisisCategory[];
const ACTION_KINDS = ['call', 'text', 'chat', 'web'];
const LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** The checks every part of a knowledge file shares, collecting problems as they are found. */
function checker() {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const error = (path: string, text: IssueText) => errors.push({ path, ...text });
  const warn = (path: string, text: IssueText) => warnings.push({ path, ...text });

  const object = (v: unknown, path: string, keys: readonly string[]): Obj | null => {
    if (!isObject(v)) {
      error(path, T.notObject());
      return null;
    }
    for (const key of Object.keys(v)) {
      if (!keys.includes(key)) {
        const at = `${path}.${key}`;
        errors.push({ path: at, ...T.unknownField(key, keys), remove: at });
      }
    }
    return v;
  };
  const text = (o: Obj, key: string, path: string, required = true) => {
    const v = o[key];
    if (v === undefined && !required) return;
    if (!isText(v)) error(`${path}.${key}`, T.notText(key));
  };
  const textList = (o: Obj, key: string, path: string, min: number, required = true): string[] => {
    const v = o[key];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v)) {
      error(`${path}.${key}`, T.notList(key));
      return [];
    }
    v.forEach((item, i) => {
      if (!isText(item)) error(`${path}.${key}[${i}]`, T.emptyItem());
    });
    if (v.length < min) error(`${path}.${key}`, T.tooFew(key, v.length, min));
    return v.filter(isText);
  };
  const actions = (o: Obj, path: string) => {
    const list = o.actions;
    if (!Array.isArray(list) || list.length === 0) {
      error(`${path}.actions`, T.noActions());
      return;
    }
    list.forEach((a, i) => {
      const p = `${path}.actions[${i}]`;
      const action = object(a, p, KEYS.action);
      if (!action) return;
      if (!ACTION_KINDS.includes(action.kind as string))
        error(`${p}.kind`, T.actionKind(ACTION_KINDS));
      text(action, 'label', p);
      const href = typeof action.href === 'string' ? action.href : '';
      if (!/^(tel|sms):[+\d]/.test(href) && !(href.startsWith('https:') && safeHref(href))) {
        error(`${p}.href`, T.actionHref(href));
      }
    });
  };

  return { errors, warnings, error, warn, object, text, textList, actions };
}

export function validateKnowledge(data: unknown): ValidationResult {
  const c = checker();
  const { errors, warnings, error, warn, object, text, textList } = c;

  const root = object(data, '$', KEYS.root);
  if (!root) return { ok: false, errors, warnings };
  if (root.version !== 1) error('$.version', T.version());
  text(root, 'greeting', '$');
  if (
    root.lang !== undefined &&
    !(typeof root.lang === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(root.lang))
  ) {
    error('$.lang', T.lang());
  }

  const ids = new Map<string, string>();
  const claimId = (id: unknown, path: string) => {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      error(path, T.badId(id));
      return;
    }
    const first = ids.get(id);
    if (first) error(path, T.duplicateId(id, first));
    else ids.set(id, path);
  };

  const entries = Array.isArray(root.entries) ? root.entries : [];
  if (!Array.isArray(root.entries) || entries.length === 0) {
    error('$.entries', T.noEntries());
  }
  const related: [string, unknown][] = [];
  entries.forEach((e, i) => {
    const path = `$.entries[${i}]`;
    const entry = object(e, path, KEYS.entry);
    if (!entry) return;
    claimId(entry.id, `${path}.id`);
    text(entry, 'question', path);
    textList(entry, 'alternates', path, MIN_ALTERNATES);
    textList(entry, 'keywords', path, 0, false);
    text(entry, 'answer', path);
    if (typeof entry.answer === 'string') {
      for (const m of entry.answer.matchAll(LINK)) {
        if (!safeHref(m[2] ?? '')) {
          error(`${path}.answer`, T.unsafeLink(m[2] ?? ''));
        }
      }
      const sentences = entry.answer.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
      if (sentences > 4) warn(`${path}.answer`, T.longAnswer(sentences));
    }
    for (const [j, id] of textList(entry, 'related', path, 0, false).entries()) {
      related.push([`${path}.related[${j}]`, id]);
      if (id === entry.id) warn(`${path}.related[${j}]`, T.selfRelated());
    }
  });

  const smallTalk = Array.isArray(root.smallTalk) ? root.smallTalk : [];
  if (!Array.isArray(root.smallTalk)) error('$.smallTalk', T.noSmallTalk());
  smallTalk.forEach((s, i) => {
    const path = `$.smallTalk[${i}]`;
    const item = object(s, path, KEYS.smallTalk);
    if (!item) return;
    claimId(item.id, `${path}.id`);
    textList(item, 'patterns', path, 1);
    text(item, 'reply', path);
    if (item.action !== undefined && item.action !== 'handoff')
      error(`${path}.action`, T.smallTalkAction());
  });

  const entryIds = new Set(entries.filter(isObject).map((e) => e.id));
  for (const [path, id] of related) {
    if (!entryIds.has(id)) error(path, T.unknownRelated(id));
  }
  const suggestions = textList(root, 'suggestions', '$', 1);
  suggestions.forEach((id, i) => {
    if (!entryIds.has(id)) error(`$.suggestions[${i}]`, T.unknownSuggestion(id));
  });
  if (suggestions.length > 4) error('$.suggestions', T.tooManySuggestions(suggestions.length));
  else if (suggestions.length < 3) warn('$.suggestions', T.fewSuggestions(suggestions.length));

  if (root.handoffTopics !== undefined) {
    if (!Array.isArray(root.handoffTopics)) error('$.handoffTopics', T.topicsNotList());
    else
      root.handoffTopics.forEach((t, i) => {
        const path = `$.handoffTopics[${i}]`;
        const topic = object(t, path, KEYS.handoffTopic);
        if (!topic) return;
        text(topic, 'topic', path);
        textList(topic, 'terms', path, 1);
        text(topic, 'reply', path, false);
        if (topic.unlessAnswered !== undefined && typeof topic.unlessAnswered !== 'boolean')
          error(`${path}.unlessAnswered`, T.notTrueOrFalse('unlessAnswered'));
      });
  }

  if (root.vocabulary !== undefined) checkVocabulary(root.vocabulary, c);
  if (root.crisis !== undefined) checkCrisis(root.crisis, c);

  return errors.length
    ? { ok: false, errors, warnings }
    : { ok: true, knowledge: data as Knowledge, warnings };
}

/**
 * A crisis card (the knowledge file's `crisis`, or `AskwellConfig.crisis` in the widget): the
 * problems with it, none when it is usable. Links must be tel:, sms: or https:.
 */
export function validateCrisis(value: unknown): Issue[] {
  const c = checker();
  checkCrisis(value, c);
  return c.errors;
}

/** `vocabulary`: meaning → words and phrases, each word or phrase under one meaning only. */
function checkVocabulary(value: unknown, { error, textList }: ReturnType<typeof checker>): void {
  if (!isObject(value)) {
    error('$.vocabulary', T.vocabularyNotObject());
    return;
  }
  const owner = new Map<string, string>();
  for (const meaning of Object.keys(value)) {
    const path = `$.vocabulary["${meaning}"]`;
    if (!isText(meaning)) error(path, T.unnamedMeaning());
    for (const item of textList(value, meaning, '$.vocabulary', 1)) {
      const key = item.trim().toLowerCase();
      const first = owner.get(key);
      if (first !== undefined && first !== meaning)
        error(path, T.twoMeanings(item, first, meaning));
      owner.set(key, meaning);
    }
  }
}

function checkCrisis(value: unknown, c: ReturnType<typeof checker>): void {
  const { error, object, text, actions } = c;
  const crisis = object(value, '$.crisis', KEYS.crisis);
  if (crisis) {
    text(crisis, 'title', '$.crisis');
    text(crisis, 'notice', '$.crisis');
    const resources = Array.isArray(crisis.resources) ? crisis.resources : [];
    if (resources.length === 0) error('$.crisis.resources', T.noResources());
    resources.forEach((r, i) => {
      const path = `$.crisis.resources[${i}]`;
      const resource = object(r, path, KEYS.resource);
      if (!resource) return;
      text(resource, 'id', path);
      text(resource, 'name', path);
      text(resource, 'detail', path, false);
      actions(resource, path);
      if (resource.categories !== undefined) {
        const cats = Array.isArray(resource.categories) ? resource.categories : [null];
        cats.forEach((category, j) => {
          if (!(CATEGORIES as readonly string[]).includes(category as string))
            error(`${path}.categories[${j}]`, T.unknownCategory(category, CATEGORIES));
        });
      }
    });
    const banner = object(crisis.banner, '$.crisis.banner', KEYS.banner);
    if (banner) {
      text(banner, 'text', '$.crisis.banner');
      actions(banner, '$.crisis.banner');
    }
  }
}
