import { batch, computed, createModel, effect, type ReadonlySignal, signal } from '@preact/signals';
import {
  CONTACT_FIELDS,
  CONTACT_LIMITS,
  CONTACT_MESSAGES,
  type ContactError,
  type PreferredContact,
  type SubmitOptions,
  screenCrisis,
  submitContact,
  validateContact,
} from '../core';
import { type Draft, EMPTY_DRAFT, restoreDraft, saveDraft } from './contactDraft';
import { activeHandoff, unanswered } from './handoffs';
import type { Message } from './message';

/**
 * What the form says under its fields. `invalid`: fields to fix; `failed`/`offline`: every attempt
 * failed; `refused`: a 4xx that names no field; `again`: the endpoint refused our key (our bug).
 */
export type SendState = 'idle' | 'invalid' | 'sending' | 'failed' | 'offline' | 'refused' | 'again';

export interface ContactDeps {
  endpoint: string | null;
  format: 'json' | 'form';
  storage: Storage | null;
  messages: ReadonlySignal<Message[]>;
  /** The endpoint accepted it: confirm in the conversation and tell the host page. */
  sent(by: PreferredContact, reference?: string): void;
  /** Overrides for the submission policy (tests pass `fetch`, `sleep`, `random`). */
  submit?: Partial<SubmitOptions>;
  now?: () => number;
}

const newKey = (): string =>
  // randomUUID needs a secure context; getRandomValues works on any page.
  globalThis.crypto.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/** The contact form: its draft (saved like the conversation), validation and delivery. */
export const ContactModel = createModel((deps: ContactDeps) => {
  const { endpoint, storage } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.submit?.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const draft = signal<Draft>(restoreDraft(storage));
  const state = signal<SendState>('idle');
  const httpStatus = signal(0);
  /** From the first send on, errors show (and go away) as the visitor types. */
  const checking = signal(false);
  /** Field errors the endpoint answered with; gone at the next edit. */
  const server = signal<ContactError[]>([]);
  /** Bumped when focus should go to the first field with an error. */
  const invalidAt = signal(0);
  const active = computed(() => activeHandoff(deps.messages.value));
  const prefill = computed(() =>
    unanswered(deps.messages.value).join('\n').slice(0, CONTACT_LIMITS.message),
  );
  const message = computed(() => draft.value.message ?? prefill.value);
  const values = () => ({ ...draft.value, message: message.value });
  const errors = computed(() => {
    const found = [...server.value];
    const checked = checking.value && validateContact(values());
    if (checked && !checked.ok) found.push(...checked.errors);
    // One per field, in form order: focus goes to the first.
    return CONTACT_FIELDS.flatMap((f) => found.find((e) => e.field === f) ?? []);
  });
  /** The message itself trips the crisis screen: the form shows where to get help now. */
  const crisis = computed(() => screenCrisis(message.value));
  let generation = 0;
  const stopSaving = effect(() => saveDraft(storage, draft.value));

  function invalid(found: ContactError[]) {
    batch(() => {
      server.value = found;
      state.value = 'invalid';
      invalidAt.value++;
    });
    return false;
  }

  /** Sends the form once however often it is pressed; true once the endpoint accepted it. */
  /** `lang`: the language the form was shown in, sent along so staff answer in it. */
  async function submit(lang?: string): Promise<boolean> {
    if (!endpoint || state.peek() === 'sending') return false;
    checking.value = true;
    const checked = validateContact(values());
    if (!checked.ok) return invalid([]);
    const key = draft.peek().key ?? newKey();
    const startedAt = draft.peek().startedAt ?? now();
    const gen = generation;
    batch(() => {
      draft.value = { ...draft.peek(), key, startedAt };
      server.value = [];
      state.value = 'sending';
    });
    // A person can beat the receiver's bot check (autofill, the prefilled message): wait out the
    // rest of the minimum fill time rather than have the request silently dropped as spam.
    const early = Math.min(CONTACT_LIMITS.minFillMs, startedAt + CONTACT_LIMITS.minFillMs - now());
    if (early > 0) await sleep(early);
    const result = await submitContact(
      {
        ...checked.request,
        idempotencyKey: key,
        fillMs: Math.max(0, now() - startedAt),
        ...(lang ? { lang } : {}),
      },
      {
        endpoint,
        format: deps.format,
        // A custom header on a cross-origin request forces a preflight.
        sameOrigin: new URL(endpoint).origin === globalThis.location?.origin,
        fetch: globalThis.fetch.bind(globalThis),
        isOnline: () => globalThis.navigator?.onLine !== false,
        ...deps.submit,
      },
    );
    if (gen !== generation) return false; // cleared or destroyed meanwhile
    if (result.status === 'sent') {
      batch(() => {
        draft.value = EMPTY_DRAFT;
        checking.value = false;
        state.value = 'idle';
        deps.sent(checked.request.preferredContact, result.reference);
      });
      return true;
    }
    if (result.status === 'failed') {
      state.value = result.reason === 'offline' ? 'offline' : 'failed';
      return false;
    }
    // Refused (4xx): the same request again cannot help. Say why.
    if (result.errors.some((e) => (e.field as string) === 'idempotencyKey')) {
      // Our bug, not the visitor's: a new key, and they send it again.
      batch(() => {
        draft.value = { ...draft.peek(), key: null };
        state.value = 'again';
      });
      return false;
    }
    const fields: ContactError[] =
      result.httpStatus === 413
        ? [{ field: 'message', code: 'too-long' }]
        : result.errors.filter(
            (e) => CONTACT_FIELDS.includes(e.field) && e.code in CONTACT_MESSAGES,
          );
    if (fields.length) return invalid(fields);
    batch(() => {
      httpStatus.value = result.httpStatus;
      state.value = 'refused';
    });
    return false;
  }

  return {
    draft,
    state,
    httpStatus,
    errors,
    invalidAt,
    /** The handoff message that shows the form (null: none does). */
    active,
    prefill,
    message,
    crisis,
    /** The form is on screen: the fill time counts from its first showing. */
    begin() {
      if (draft.peek().startedAt === null) draft.value = { ...draft.peek(), startedAt: now() };
    },
    update(patch: Partial<Draft>) {
      if (state.peek() === 'sending') return; // what is on its way is what was checked
      batch(() => {
        // An edited request is a new submission with its own key: the old one may be stored.
        draft.value = { ...draft.peek(), ...patch, key: null };
        server.value = [];
      });
    },
    submit,
    clear() {
      generation++;
      batch(() => {
        draft.value = EMPTY_DRAFT;
        state.value = 'idle';
        checking.value = false;
        server.value = [];
      });
    },
    /** Stops saving and removes the saved draft; a request still on its way is forgotten. */
    forget() {
      generation++;
      stopSaving();
      saveDraft(storage, EMPTY_DRAFT);
    },
  };
});

export type Contact = InstanceType<typeof ContactModel>;
