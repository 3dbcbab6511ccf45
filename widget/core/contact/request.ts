/**
 * The contact request a visitor sends when Askwell cannot help: its fields, and the one validation
 * that runs in the widget (as the visitor types) and in the receiver (before anything is stored).
 */

export type PreferredContact = 'email' | 'phone' | 'text';

/** What is sent (JSON or form-encoded); absent values are omitted. */
export interface ContactRequest {
  name: string;
  email?: string;
  phone?: string;
  preferredContact: PreferredContact;
  message: string;
  consent: true;
  /** One per submission, reused on every retry, so the receiver stores it once. */
  idempotencyKey: string;
  /** Honeypot: hidden from people; anything in it marks a bot. Omitted when empty. */
  website?: string;
  /** Milliseconds from the form being shown to it being sent; too fast marks a bot. */
  fillMs?: number;
  /** The language the visitor wrote the form in ("es"): staff answer in it. */
  lang?: string;
}

export type ContactField = 'name' | 'email' | 'phone' | 'preferredContact' | 'message' | 'consent';

/** Why a field is wrong; the widget and the receiver turn these into words. */
export type ContactErrorCode =
  | 'required'
  | 'too-long'
  | 'invalid-email'
  | 'invalid-phone'
  | 'email-or-phone'
  | 'needs-email'
  | 'needs-phone'
  | 'invalid-choice'
  | 'consent';

export interface ContactError {
  field: ContactField;
  code: ContactErrorCode;
}

export const CONTACT_LIMITS = Object.freeze({
  name: 100,
  email: 254,
  phone: 30,
  message: 2000,
  /** A person takes longer than this to fill the form; a bot does not. */
  minFillMs: 3000,
  /** The receiver refuses bodies larger than this (bytes). */
  maxBodyBytes: 16 * 1024,
});

/** The order fields appear in the form: errors are reported in it, so focus goes to the first. */
export const CONTACT_FIELDS: readonly ContactField[] = [
  'name',
  'email',
  'phone',
  'preferredContact',
  'message',
  'consent',
];

/** The error a field of the wrong type gets: its own format error. */
const FORMAT_ERROR: Readonly<Partial<Record<ContactField, ContactErrorCode>>> = Object.freeze({
  name: 'required',
  email: 'invalid-email',
  phone: 'invalid-phone',
  preferredContact: 'invalid-choice',
  message: 'required',
});

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE_CHARS = /^[+\d\s().-]+$/;
const KEY = /^[A-Za-z0-9_-]{8,128}$/;
const CHOICES: readonly string[] = ['email', 'phone', 'text'];

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * Checks a contact request, whatever shape it arrives in (form state, parsed JSON, form fields).
 * Returns the cleaned request (trimmed, empty fields omitted) or every error in form order.
 */
export function validateContact(
  input: Record<string, unknown>,
): { ok: true; request: ContactRequest } | { ok: false; errors: ContactError[] } {
  const errors: ContactError[] = [];
  const name = text(input.name);
  const email = text(input.email);
  const phone = text(input.phone);
  const message = text(input.message);
  const preferred = text(input.preferredContact) || (email ? 'email' : 'phone');

  if (!name) errors.push({ field: 'name', code: 'required' });
  else if (name.length > CONTACT_LIMITS.name) errors.push({ field: 'name', code: 'too-long' });

  if (email && (email.length > CONTACT_LIMITS.email || !EMAIL.test(email))) {
    errors.push({ field: 'email', code: 'invalid-email' });
  }
  const digits = phone.replace(/\D/g, '').length;
  if (
    phone &&
    (phone.length > CONTACT_LIMITS.phone || !PHONE_CHARS.test(phone) || digits < 7 || digits > 15)
  ) {
    errors.push({ field: 'phone', code: 'invalid-phone' });
  }
  if (!email && !phone) errors.push({ field: 'email', code: 'email-or-phone' });

  if (!CHOICES.includes(preferred))
    errors.push({ field: 'preferredContact', code: 'invalid-choice' });
  else if (preferred === 'email' && !email && phone)
    errors.push({ field: 'preferredContact', code: 'needs-email' });
  else if (preferred !== 'email' && !phone && email)
    errors.push({ field: 'preferredContact', code: 'needs-phone' });

  if (!message) errors.push({ field: 'message', code: 'required' });
  else if (message.length > CONTACT_LIMITS.message)
    errors.push({ field: 'message', code: 'too-long' });

  if (input.consent !== true && input.consent !== 'true' && input.consent !== 'on') {
    errors.push({ field: 'consent', code: 'consent' });
  }
  // A value of the wrong type (a number, a list, an object) is that field's own format error,
  // not an empty field: `email: 42` must not vanish while a phone number makes the rest valid.
  const wrong = new Map<ContactField, ContactError>();
  for (const [field, code] of Object.entries(FORMAT_ERROR) as [ContactField, ContactErrorCode][]) {
    const v = input[field];
    if (v != null && typeof v !== 'string') wrong.set(field, { field, code });
  }
  if (errors.length || wrong.size) {
    const all = [...errors.filter((e) => !wrong.has(e.field)), ...wrong.values()];
    all.sort((a, b) => CONTACT_FIELDS.indexOf(a.field) - CONTACT_FIELDS.indexOf(b.field));
    return { ok: false, errors: all };
  }
  // A honeypot holding anything but text is filled too.
  const website =
    input.website == null || typeof input.website === 'string' ? text(input.website) : 'filled';
  const fillMs = Number(input.fillMs);
  // A language tag, or nothing: it only tells staff which language to answer in.
  const lang = /^[a-z]{2,3}$/.test(text(input.lang)) ? text(input.lang) : '';
  return {
    ok: true,
    request: {
      name,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      preferredContact: preferred as PreferredContact,
      message,
      consent: true,
      idempotencyKey: text(input.idempotencyKey),
      ...(website ? { website } : {}),
      ...(Number.isFinite(fillMs) && fillMs >= 0 ? { fillMs } : {}),
      ...(lang ? { lang } : {}),
    },
  };
}

/** Keys the receiver accepts: 8–128 letters, digits, `-` or `_` (a UUID fits). */
export function isIdempotencyKey(key: unknown): key is string {
  return typeof key === 'string' && KEY.test(key);
}

/** True for the submissions a person did not make: honeypot filled, or sent too fast. */
export function looksAutomated(request: ContactRequest): boolean {
  return Boolean(request.website) || (request.fillMs ?? 0) < CONTACT_LIMITS.minFillMs;
}
