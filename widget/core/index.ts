/**
 * The core's one entry: everything outside `widget/core/` imports from here. Pure TypeScript, no
 * DOM; runs in the browser and in Node. The folders follow a message through the core:
 * `crisis/` (screened first) → `text/` (words) → `match/` (answer, clarify or hand off), over the
 * knowledge described in `knowledge/`; `contact/` carries a handoff to the practice.
 */

export type { AccentTheme, Rgb } from './color';
export { accentTheme, contrast, parseColor, readableOn, textOn, toHex } from './color';
export type {
  ContactError,
  ContactErrorCode,
  ContactField,
  ContactRequest,
  PreferredContact,
} from './contact/request';
export {
  CONTACT_FIELDS,
  CONTACT_LIMITS,
  isIdempotencyKey,
  looksAutomated,
  validateContact,
} from './contact/request';
export type { SubmitOptions } from './contact/submit';
export { retryAfter, submitContact } from './contact/submit';
// For the crisis screen's training script (scripts/train-crisis.ts), not the widget.
export {
  BUCKETS,
  encodeWeights,
  hashFeature,
  THRESHOLDS as CRISIS_THRESHOLDS,
} from './crisis/model';
export {
  BANNER,
  BANNER_ES,
  crisisFor,
  crisisText,
  DEFAULT_CRISIS,
  resourcesFor,
} from './crisis/resources';
export { read as readWindow } from './crisis/rules';
export { crisisWarmSteps, messageWindows, screenCrisis } from './crisis/screen';
export type { Lint } from './knowledge/lint';
export { compareTranslation, lintKnowledge, lintSteps } from './knowledge/lint';
export type { Inline } from './knowledge/markdown';
export { parseMarkdown, safeHref, toPlainText } from './knowledge/markdown';
export type {
  CrisisAction,
  CrisisCategory,
  CrisisConfig,
  CrisisResource,
  CrisisTier,
  Entry,
  HandoffReason,
  HandoffTopic,
  Knowledge,
  MatchResult,
  Outcome,
  RankedEntry,
  SmallTalk,
} from './knowledge/types';
export type { Issue } from './knowledge/validate';
export { CATEGORIES, KEYS, validateCrisis, validateKnowledge } from './knowledge/validate';
export { MAX_INPUT_CHARS, MAX_MESSAGE_CHARS } from './limits';
export type { LangResult } from './match/languages';
export { matchIn, replyLang } from './match/languages';
export type { Matcher, MatcherOptions } from './match/matcher';
export { createMatcher } from './match/matcher';
export type { IssueText } from './messages';
export {
  CONTACT_MESSAGES,
  KNOWLEDGE_TEXT,
  LOADER_WARN,
  RECEIVER_MESSAGES,
  WARN,
} from './messages';
export type { Chip, Reply, ReplyKind } from './reply';
export { handoff, otherLanguage, respond, respondToChip } from './respond';
export type { Lang } from './text/langs';
export { knowledgeLang } from './text/rules';
