import { isIdempotencyKey, type PreferredContact } from '../core';
import { readJson, writeJson } from './storage';

/** The contact form's draft: in the same storage as the conversation, under its own key. */
export const DRAFT_KEY = 'askwell:contact';

export interface Draft {
  name: string;
  email: string;
  phone: string;
  preferredContact: PreferredContact | '';
  /** null until the visitor edits it: until then the form shows the unanswered questions. */
  message: string | null;
  consent: boolean;
  /** The honeypot: people never see it. */
  website: string;
  /** When the form was first shown (ms since the epoch), so the fill time survives a reload. */
  startedAt: number | null;
  /** This submission's idempotency key, from its first send: every retry, even after a reload, reuses it. */
  key: string | null;
}

export const EMPTY_DRAFT: Readonly<Draft> = Object.freeze({
  name: '',
  email: '',
  phone: '',
  preferredContact: '',
  message: null,
  consent: false,
  website: '',
  startedAt: null,
  key: null,
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const CHOICES: readonly PreferredContact[] = ['email', 'phone', 'text'];

/** A loose check of what comes back from storage (another script on the page can write there). */
export function restoreDraft(store: Storage | null): Draft {
  const d = (readJson(store, DRAFT_KEY) as { draft?: Record<string, unknown> } | null)?.draft;
  if (!d || typeof d !== 'object') return EMPTY_DRAFT;
  return {
    name: str(d.name),
    email: str(d.email),
    phone: str(d.phone),
    preferredContact: CHOICES.find((c) => c === d.preferredContact) ?? '',
    message: typeof d.message === 'string' ? d.message : null,
    consent: d.consent === true,
    website: str(d.website),
    startedAt: typeof d.startedAt === 'number' && Number.isFinite(d.startedAt) ? d.startedAt : null,
    key: isIdempotencyKey(d.key) ? d.key : null,
  };
}

/** Saves the draft; one with nothing typed (and no pending submission) is removed instead. */
export function saveDraft(store: Storage | null, d: Draft): void {
  const kept =
    d.name || d.email || d.phone || d.preferredContact || d.message !== null || d.consent || d.key;
  writeJson(store, DRAFT_KEY, kept ? { v: 1, draft: d } : null);
}
