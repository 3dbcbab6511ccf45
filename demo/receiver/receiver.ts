/**
 * The reference contact receiver: what a practice's server does with the widget's contact
 * requests, in plain `node:http`. `npm run demo` mounts it at `POST /api/contact` next to the demo
 * page; the tests run it on an ephemeral port.
 *
 * For each request, in order:
 * 1. Rate limit per client address (token bucket, default 10 a minute): 429 + `Retry-After`.
 * 2. `application/json` or `application/x-www-form-urlencoded` (UTF-8) only: else 415.
 * 3. At most `CONTACT_LIMITS.maxBodyBytes`: else 413 (reading stops there; nothing is buffered
 *    beyond it). Unparseable JSON, JSON that is not an object, or a body that is not UTF-8: 400 `bad-json` (the message says which).
 * 4. The idempotency key: the `Idempotency-Key` header or the body's `idempotencyKey` (the widget
 *    sends both on same-origin endpoints). Both present and different: 400 (which one the client
 *    meant is unknowable, and guessing could store twice or replay the wrong answer). Missing or
 *    malformed (`isIdempotencyKey`): 400. Both name the field `idempotencyKey`.
 * 5. A key seen before gets the first answer again (same status and reference; nothing stored
 *    again), including duplicates that arrive while the first is still being stored: they wait for
 *    it. Only answers that settle the submission are replayed (stored, or filtered as spam); a 400
 *    or a 500 is not, so the visitor can correct the form, or retry, with the same key.
 * 6. Field types, then `validateContact`: 400 `{ error: 'invalid', fields: [{ field, code,
 *    message }] }`, in form order (a wrong type gets the code of that field's format error).
 * 7. `looksAutomated` (honeypot filled, or sent faster than a person can, or no fill time):
 *    a 201 that looks like any other, and nothing is stored.
 * 8. Append one JSON line to the file, synced to disk, then 201 `{ reference }`. A failed write
 *    answers 500 (the widget retries) and leaves the file as it was.
 *
 * Privacy: the log has method, path, status and reference only; never a field value.
 *
 * The staff's command line (`--list`) is `cli.ts`.
 */
import { randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONTACT_LIMITS,
  CONTACT_MESSAGES,
  type ContactErrorCode,
  type ContactField,
  type ContactRequest,
  isIdempotencyKey,
  looksAutomated,
  RECEIVER_MESSAGES,
  validateContact,
} from '../../widget/core';
import type { RouteHandler } from '../serve';
import { discardRest, type MediaType, mediaType, readBody, sendJson } from './http';
import { createRateLimiter, type RateLimitOptions } from './rateLimit';
import { openLog, type StoredRequest } from './store';

export const CONTACT_PATH = '/api/contact';
const ALLOW = 'POST, OPTIONS';

/** Where `npm run demo` stores requests unless `ASKWELL_CONTACT_FILE` says otherwise. */
export const DEFAULT_CONTACT_FILE = join(
  resolve(fileURLToPath(new URL('../..', import.meta.url))),
  'demo',
  'data',
  'contact-requests.jsonl',
);

export function contactFileFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const file = env.ASKWELL_CONTACT_FILE;
  return file ? resolve(file) : DEFAULT_CONTACT_FILE;
}

export interface ReceiverOptions {
  /** The JSON-lines file (created, with its folder, when missing). */
  file: string;
  /** Per client address; `false` turns it off. Default: 10 a minute, bursts of 10. */
  rateLimit?: RateLimitOptions | false;
  /** Milliseconds since the epoch (tests inject a clock). */
  now?: () => number;
  /** One line per answered request (method, path, status, reference). Default: console.log. */
  log?: (line: string) => void;
}

export interface ReceiverState {
  file: string;
  /** Records in the file when it was opened. */
  stored: number;
  /** Unreadable lines skipped when it was opened. */
  skipped: number;
  /** A final line without a newline (an interrupted write) found when it was opened. */
  repairedTail: 'kept' | 'dropped' | null;
}

export type Receiver = RouteHandler & {
  /** Resolves once the file is loaded and open; rejects when it cannot be (answers are then 503). */
  readonly ready: Promise<ReceiverState>;
  /** Waits for pending writes, closes the file; later requests get 503. */
  close(): Promise<void>;
};

interface Reply {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  reference?: string;
  /** For the log only. */
  note?: 'filtered' | 'replay';
}

type FieldError = { field: ContactField | 'idempotencyKey'; code: string; message: string };

/** Letters and digits nobody confuses (no 0/O, 1/I/L, U/V). */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
/** Filtered submissions are remembered so their retries get the same reference; this many. */
const MAX_FILTERED = 10_000;

function newReference(taken: ReadonlySet<string>): string {
  for (;;) {
    let chars = '';
    for (let i = 0; i < 8; i++) chars += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
    const reference = `AW-${chars.slice(0, 4)}-${chars.slice(4)}`;
    if (!taken.has(reference)) return reference;
  }
}

const fieldError = (field: ContactField, code: ContactErrorCode): FieldError => ({
  field,
  code,
  message: CONTACT_MESSAGES[code],
});

const invalid = (fields: FieldError[]): Reply => ({
  status: 400,
  body: { error: 'invalid', fields },
});

/** Parses the body into fields; a form field given twice becomes an array (a wrong type). */
function parseBody(
  type: MediaType,
  bytes: Buffer,
): Record<string, unknown> | 'not-utf8' | 'bad-json' {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not-utf8';
  }
  if (type === 'json') {
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : 'bad-json';
    } catch {
      return 'bad-json';
    }
  }
  const fields: Record<string, unknown> = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) {
    const previous = fields[key];
    fields[key] =
      previous === undefined
        ? value
        : Array.isArray(previous)
          ? [...previous, value]
          : [previous, value];
  }
  return fields;
}

/** `validateContact` (types included): the cleaned request, or every field error in form order. */
function check(
  input: Record<string, unknown>,
): { ok: true; request: ContactRequest; automated: boolean } | { ok: false; errors: FieldError[] } {
  const result = validateContact(input);
  if (!result.ok)
    return { ok: false, errors: result.errors.map((e) => fieldError(e.field, e.code)) };
  return { ok: true, request: result.request, automated: looksAutomated(result.request) };
}

/** The submission's key, or the 400 naming `idempotencyKey`. */
function idempotencyKey(
  req: IncomingMessage,
  input: Record<string, unknown>,
): { key: string } | { error: FieldError } {
  const header = req.headers['idempotency-key'];
  const fromBody = input.idempotencyKey ?? undefined;
  if (header !== undefined && fromBody !== undefined && header !== fromBody) {
    return {
      error: {
        field: 'idempotencyKey',
        code: 'idempotency-key-mismatch',
        message: RECEIVER_MESSAGES['idempotency-key-mismatch'],
      },
    };
  }
  const key = header ?? fromBody;
  return isIdempotencyKey(key)
    ? { key }
    : {
        error: {
          field: 'idempotencyKey',
          code: 'idempotency-key',
          message: RECEIVER_MESSAGES['idempotency-key'],
        },
      };
}

export function createReceiver(options: ReceiverOptions): Receiver {
  const file = resolve(options.file);
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  const limit =
    options.rateLimit === false ? null : createRateLimiter(options.rateLimit ?? {}, now);

  /** Settled submissions: key → the answer to replay. */
  const stored = new Map<string, Reply>();
  const filtered = new Map<string, Reply>();
  const inFlight = new Map<string, Promise<Reply>>();
  const references = new Set<string>();
  let closed = false;

  const opening = openLog(file);
  const ready: Promise<ReceiverState> = opening.then(({ records, skipped, repairedTail }) => {
    for (const record of records) {
      references.add(record.reference);
      if (!stored.has(record.idempotencyKey)) {
        stored.set(record.idempotencyKey, created(record.reference));
      }
    }
    return { file, stored: records.length, skipped: skipped.length, repairedTail };
  });
  // Callers see a failure through `ready` or a 503; never as an unhandled rejection.
  ready.catch(() => {});

  function created(reference: string): Reply {
    return { status: 201, body: { reference }, reference };
  }

  async function settle(key: string, input: Record<string, unknown>): Promise<Reply> {
    const checked = check(input);
    if (!checked.ok) return invalid(checked.errors);
    if (checked.automated) {
      const reply: Reply = { ...created(newReference(references)), note: 'filtered' };
      if (filtered.size >= MAX_FILTERED) {
        const oldest = filtered.entries().next();
        if (!oldest.done) {
          filtered.delete(oldest.value[0]);
          if (oldest.value[1].reference) references.delete(oldest.value[1].reference);
        }
      }
      filtered.set(key, reply);
      if (reply.reference) references.add(reply.reference);
      return reply;
    }
    const { request } = checked;
    const reference = newReference(references);
    references.add(reference);
    const record: StoredRequest = {
      reference,
      receivedAt: new Date(now()).toISOString(),
      name: request.name,
      ...(request.email ? { email: request.email } : {}),
      ...(request.phone ? { phone: request.phone } : {}),
      preferredContact: request.preferredContact,
      message: request.message,
      ...(request.lang ? { lang: request.lang } : {}),
      consent: true,
      idempotencyKey: key,
    };
    try {
      const { log: appendLog } = await opening;
      await appendLog.append(JSON.stringify(record));
    } catch (error) {
      references.delete(reference);
      log(
        `contact receiver: could not store a request (${(error as NodeJS.ErrnoException | undefined)?.code ?? 'error'})`,
      );
      return {
        status: 500,
        body: { error: 'storage', message: RECEIVER_MESSAGES.storage },
      };
    }
    const reply = created(reference);
    stored.set(key, reply);
    return reply;
  }

  /** The first answer for a key, shared by every duplicate (even concurrent ones). */
  function answerFor(key: string, input: Record<string, unknown>): Promise<Reply> | Reply {
    const settled = stored.get(key) ?? filtered.get(key);
    if (settled) return { ...settled, note: 'replay' };
    const pending = inFlight.get(key);
    if (pending) return pending.then((reply) => ({ ...reply, note: 'replay' }));
    const promise = settle(key, input).finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  }

  async function post(req: IncomingMessage): Promise<Reply | null> {
    if (closed) return unavailable();
    try {
      await ready;
    } catch {
      return unavailable();
    }
    if (limit) {
      const decision = limit(req.socket.remoteAddress ?? 'unknown');
      if (!decision.ok) {
        return {
          status: 429,
          headers: { 'Retry-After': String(decision.retryAfterSeconds) },
          body: { error: 'rate-limited', message: RECEIVER_MESSAGES['rate-limited'] },
        };
      }
    }
    const type = mediaType(req.headers['content-type']);
    if (!type) {
      return {
        status: 415,
        body: {
          error: 'unsupported-media-type',
          message: RECEIVER_MESSAGES['unsupported-media-type'],
        },
      };
    }
    const bytes = await readBody(req, CONTACT_LIMITS.maxBodyBytes);
    if (bytes === 'gone') return null;
    if (bytes === 'too-large') {
      return {
        status: 413,
        body: {
          error: 'too-large',
          message: RECEIVER_MESSAGES['too-large'](CONTACT_LIMITS.maxBodyBytes),
        },
      };
    }
    const input = parseBody(type, bytes);
    if (typeof input === 'string') {
      // The code stays 'bad-json' for both: clients already read it; the message says which.
      return { status: 400, body: { error: 'bad-json', message: RECEIVER_MESSAGES[input] } };
    }
    const key = idempotencyKey(req, input);
    if ('error' in key) {
      const checked = check(input);
      return invalid([...(checked.ok ? [] : checked.errors), key.error]);
    }
    return answerFor(key.key, input);
  }

  function unavailable(): Reply {
    return {
      status: 503,
      headers: { 'Retry-After': '5' },
      body: { error: 'unavailable', message: RECEIVER_MESSAGES.unavailable },
    };
  }

  function respond(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
    if (res.headersSent || res.destroyed) return;
    sendJson(res, reply.status, reply.body, reply.headers);
    discardRest(req);
    const tail = [reply.reference, reply.note && `(${reply.note})`].filter(Boolean).join(' ');
    log(`${req.method} ${CONTACT_PATH} ${reply.status}${tail ? ` ${tail}` : ''}`);
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? '').split('?', 1)[0];
    if (path !== CONTACT_PATH) return false;
    if (req.method === 'OPTIONS') {
      // The demo page and the receiver share an origin, so there is no CORS here: no
      // Access-Control-* headers, and a cross-origin page's preflight fails (as it should).
      res.writeHead(204, { Allow: ALLOW });
      res.end();
      discardRest(req);
      log(`OPTIONS ${CONTACT_PATH} 204`);
      return true;
    }
    if (req.method !== 'POST') {
      respond(req, res, {
        status: 405,
        headers: { Allow: ALLOW },
        body: { error: 'method-not-allowed', message: RECEIVER_MESSAGES['method-not-allowed'] },
      });
      return true;
    }
    let reply: Reply | null;
    try {
      reply = await post(req);
    } catch (error) {
      // Never log the error itself: a parser's message can quote the body.
      log(`contact receiver: unexpected ${(error as Error)?.name ?? 'error'}`);
      reply = { status: 500, body: { error: 'internal', message: RECEIVER_MESSAGES.internal } };
    }
    if (reply) respond(req, res, reply);
    else if (!res.headersSent) res.destroy();
    return true;
  };

  return Object.assign(handler, {
    ready,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...inFlight.values()]);
      const opened = await opening.catch(() => null);
      await opened?.log.close();
    },
  });
}
