/**
 * Every text a person reads from a check, in one place: the knowledge checks (what is wrong and
 * how to fix it, for staff), the contact form's field errors (for visitors), the contact
 * receiver's replies (for the practice's web person) and the widget's console warnings. Tests
 * assert on these same functions, so a wording is changed here and nowhere else.
 */
import type { ContactErrorCode } from './contact/request';

/** A problem in a knowledge file: what is wrong, and the plain-English fix. */
export interface IssueText {
  message: string;
  fix: string;
}
const issue = (message: string, fix: string): IssueText => ({ message, fix });

/** `validateKnowledge` and `validateCrisis`: the checks the widget runs on a knowledge URL too. */
export const KNOWLEDGE_TEXT = {
  notObject: () => issue('should be an object ({ … })', 'Check the brackets around this part.'),
  unknownField: (key: string, keys: readonly string[]) =>
    issue(`"${key}" is not a known field`, `Remove it or rename it to one of: ${keys.join(', ')}.`),
  notText: (key: string) =>
    issue(`"${key}" should be non-empty text`, `Write the ${key} between quotes.`),
  notList: (key: string) =>
    issue(`"${key}" should be a list`, 'Put the items between [ and ], separated by commas.'),
  emptyItem: () =>
    issue('should be non-empty text', 'Write the text between quotes, or remove the empty item.'),
  tooFew: (key: string, count: number, min: number) =>
    issue(`"${key}" has ${count} item(s); at least ${min} are needed`, `Add ${min - count} more.`),
  noActions: () =>
    issue(
      'needs at least one action',
      'Add { "kind": "call", "label": "Call 988", "href": "tel:988" }.',
    ),
  actionKind: (kinds: readonly string[]) =>
    issue(
      `"kind" should be one of ${kinds.join(', ')}`,
      'Use "call" for tel: links, "text" for sms:, "chat" or "web" for https:.',
    ),
  actionHref: (href: string) =>
    issue(
      `"${href}" is not a tel:, sms: or https: link`,
      'Write it as tel:988, sms:741741 or https://….',
    ),
  version: () => issue('"version" should be 1', 'Write "version": 1 near the top of the file.'),
  lang: () =>
    issue('"lang" should be a language code like "en" or "es"', 'Use a two-letter language code.'),
  badId: (id: unknown) =>
    issue(
      `id ${JSON.stringify(id)} should be lowercase words joined by hyphens`,
      'Use an id like "who-prescribes".',
    ),
  duplicateId: (id: string, first: string) =>
    issue(
      `id "${id}" is used twice (first at ${first})`,
      'Give each entry and small-talk item its own id.',
    ),
  noEntries: () =>
    issue(
      '"entries" should be a list with at least one question',
      'Add entries: [ { "id": …, "question": …, … } ].',
    ),
  unsafeLink: (href: string) =>
    issue(
      `the link "${href}" is not an https:, mailto: or tel: link`,
      'Use a full https:// address, mailto:someone@example.com or tel:+15555550123.',
    ),
  longAnswer: (sentences: number) =>
    issue(
      `the answer has ${sentences} sentences`,
      'Keep answers to 1–4 short sentences; visitors read on phones.',
    ),
  selfRelated: () => issue('an entry lists itself as related', 'Remove it from "related".'),
  noSmallTalk: () => issue('"smallTalk" should be a list', 'Add "smallTalk": [] if you have none.'),
  smallTalkAction: () =>
    issue('"action" can only be "handoff"', 'Remove "action" or set it to "handoff".'),
  unknownRelated: (id: unknown) =>
    issue(`no entry has the id "${id}"`, 'Use the id of an existing entry, or remove it.'),
  unknownSuggestion: (id: string) =>
    issue(`no entry has the id "${id}"`, 'Use the id of an existing entry.'),
  tooManySuggestions: (count: number) =>
    issue(`${count} suggestions; at most 4 fit`, 'Keep the 3 or 4 questions most visitors ask.'),
  fewSuggestions: (count: number) =>
    issue(`only ${count} suggestion(s)`, 'Offer 3 or 4 starter questions.'),
  notTrueOrFalse: (field: string) =>
    issue(
      `"${field}" should be true or false`,
      `Write true or false after "${field}": (no quotes).`,
    ),
  topicsNotList: () => issue('"handoffTopics" should be a list', 'Put the topics between [ and ].'),
  vocabularyNotObject: () =>
    issue(
      'should be an object ({ "meaning": ["word", "phrase"] })',
      'Check the brackets around this part.',
    ),
  unnamedMeaning: () =>
    issue('a meaning needs a name', 'Write the word the list stands for before the list.'),
  twoMeanings: (item: string, first: string, meaning: string) =>
    issue(
      `"${item}" is listed under both "${first}" and "${meaning}"`,
      `Keep "${item}" under the one meaning visitors use it for.`,
    ),
  noResources: () =>
    issue(
      'the crisis card needs at least one resource',
      'Add the emergency number and a crisis line for your country.',
    ),
  unknownCategory: (category: unknown, categories: readonly string[]) =>
    issue(
      `${JSON.stringify(category)} is not a crisis category`,
      `Use one of: ${categories.join(', ')}.`,
    ),
};

/** `lintKnowledge`: the checks that need the matcher (not shipped in the widget). */
export const LINT_TEXT = {
  samePhrasing: (text: string, owner: string) =>
    issue(
      `"${text}" means the same as a phrasing of "${owner}"`,
      'Keep it in only one entry, or reword it so it says what makes this entry different.',
    ),
  looksLikeCrisis: (text: string) =>
    issue(
      `"${text}" looks like a crisis message; visitors who type it see the crisis card`,
      'Reword it without words like "die", "kill" or "overdose".',
    ),
  missingTranslation: (id: string, lang: string) =>
    issue(
      `the entry "${id}" has no ${lang} version`,
      `Add an entry with "id": "${id}" to the ${lang} file, so a visitor gets the same answers in either language.`,
    ),
  extraTranslation: (id: string, base: string) =>
    issue(
      `the entry "${id}" is not in the ${base} file`,
      `Use the same id as the ${base} entry it translates, or add the entry to the ${base} file too.`,
    ),
  sameLanguage: (lang: string) =>
    issue(
      `two knowledge files are both in "${lang}"`,
      'Give each language one file, with its own "lang" ("en", "es").',
    ),
  handedOff: (text: string, term: string, topic: string, where: string) =>
    issue(
      `"${text}" is handed to staff instead: it contains "${term}", listed under the handoff topic "${topic}" (${where})`,
      `If this entry now answers "${topic}" questions, remove "${term}" from that topic's terms (or the whole topic); otherwise reword this phrasing without "${term}".`,
    ),
  wrongReply: (text: string, got: string, id: string) =>
    issue(
      `"${text}" gets ${got}, not the answer of "${id}"`,
      'Reword it with the words that make this entry different, or remove it.',
    ),
};

/** The contact form's field errors, shown beside the field and returned by the receiver. */
export const CONTACT_MESSAGES: Readonly<Record<ContactErrorCode, string>> = {
  required: 'Please fill this in.',
  'too-long': 'This is too long.',
  'invalid-email': 'Please enter an email address like name@example.com.',
  'invalid-phone': 'Please enter a phone number with at least 7 digits.',
  'email-or-phone': 'Please give an email address or a phone number so the practice can reach you.',
  'needs-email': 'Please add an email address, or choose another way to be contacted.',
  'needs-phone': 'Please add a phone number, or choose another way to be contacted.',
  'invalid-choice': 'Please choose email, phone call or text message.',
  consent: 'Please confirm that the practice may contact you.',
};

/** The demo contact receiver's error replies (`{ error, message }`), for the web person. */
export const RECEIVER_MESSAGES = {
  'idempotency-key':
    'Send an idempotency key (8 to 128 letters, digits, "-" or "_"; a UUID fits) as idempotencyKey or the Idempotency-Key header.',
  'idempotency-key-mismatch':
    'The Idempotency-Key header and the idempotencyKey field differ; send one key per submission.',
  storage: 'The request could not be stored. Please try again.',
  'rate-limited': 'Too many requests. Please try again shortly.',
  'unsupported-media-type': 'Send application/json or application/x-www-form-urlencoded (UTF-8).',
  'too-large': (bytes: number) => `The request is larger than ${bytes} bytes.`,
  'bad-json': 'The body is not a JSON object.',
  'not-utf8': 'The body is not UTF-8.',
  unavailable: 'The receiver is not accepting requests.',
  'method-not-allowed': 'Use POST.',
  internal: 'Something went wrong.',
} as const;

const show = (value: unknown) => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value); // circular or BigInt
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};
const fallback = 'using the built-in knowledge instead';

/** What the loader prints (apart from WARN, so the loader carries only these). */
export const LOADER_WARN = {
  twice: 'Askwell: the script is included more than once; only the first mounts.',
  chatFailed: (url: string) =>
    `Askwell: could not load ${url}; the launcher shows contact details and the crisis line.`,
} as const;

/** Every console message the chat prints. */
export const WARN = {
  invalid: (name: string, value: unknown, expected: string) =>
    `Askwell: ${name} ${show(value)} is not valid (expected ${expected}); using the default.`,
  unknown: (name: string) => `Askwell: ${name} is not an Askwell option; ignored.`,
  fetchFailed: (url: string, why: string) =>
    `Askwell: could not load knowledge from ${url} (${why}); ${fallback}.`,
  httpStatus: (url: string, status: number) =>
    `Askwell: knowledge from ${url} returned HTTP ${status}; ${fallback}.`,
  notJson: (url: string) => `Askwell: knowledge from ${url} is not valid JSON; ${fallback}.`,
  noContact:
    'Askwell: no contact route is set (data-contact-endpoint, data-contact-url, data-contact-email or data-contact-phone); visitors who need a person are only told to contact the practice.',
  schema: (source: string, problems: string) =>
    `Askwell: knowledge from ${source} is not valid: ${problems}; ${fallback}.`,
} as const;
