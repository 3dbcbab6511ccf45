import type { ContactError, ContactRequest } from './request';

/**
 * Sends a contact request so that nothing is lost and nothing is stored twice: one idempotency key
 * per submission, reused on every retry; a timeout per attempt (`AbortSignal.timeout`); retries with
 * jittered exponential backoff on network errors, timeouts, 5xx and 429 (honouring `Retry-After`),
 * up to a cap; never a retry on other 4xx. `fetch`, the clock and randomness are injected, so the
 * whole policy runs in tests without a network.
 */
export interface SubmitOptions {
  endpoint: string;
  /** `json` (default) or `form` (application/x-www-form-urlencoded, for form services). */
  format?: 'json' | 'form';
  /** Same-origin endpoints also get an `Idempotency-Key` header (cross-origin, it forces a preflight). */
  sameOrigin?: boolean;
  fetch: typeof fetch;
  timeoutMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  isOnline?: () => boolean;
}

export type SubmitResult =
  | { status: 'sent'; reference?: string }
  /** The endpoint refused it (4xx other than 429): retrying cannot help; `errors` name fields when it says which. */
  | { status: 'rejected'; httpStatus: number; errors: ContactError[] }
  | {
      status: 'failed';
      reason: 'offline' | 'network' | 'timeout' | 'server' | 'busy';
      attempts: number;
    };

const SUBMIT_DEFAULTS = Object.freeze({
  timeoutMs: 10_000,
  maxAttempts: 4,
  baseDelayMs: 800,
  maxDelayMs: 8_000,
});

type Attempt =
  | SubmitResult
  | { retry: true; reason: 'network' | 'timeout' | 'server' | 'busy'; waitMs?: number };

export async function submitContact(
  request: ContactRequest,
  options: SubmitOptions,
): Promise<SubmitResult> {
  const o = { ...SUBMIT_DEFAULTS, ...options };
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = o.random ?? Math.random;
  if (o.isOnline && !o.isOnline()) return { status: 'failed', reason: 'offline', attempts: 0 };
  let attempts = 0;
  for (;;) {
    attempts++;
    const result = await attempt(request, o);
    if (!('retry' in result)) return result;
    if (attempts >= o.maxAttempts) return { status: 'failed', reason: result.reason, attempts };
    const backoff = random() * Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempts - 1));
    const wait = result.waitMs ?? backoff;
    // A server asking for a longer pause than the cap gets it from the visitor's own retry, later.
    if (wait > o.maxDelayMs) return { status: 'failed', reason: result.reason, attempts };
    await sleep(wait);
  }
}

async function attempt(
  request: ContactRequest,
  o: SubmitOptions & { timeoutMs: number },
): Promise<Attempt> {
  const form = o.format === 'form';
  const headers: Record<string, string> = {
    'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
    Accept: 'application/json',
  };
  if (o.sameOrigin) headers['Idempotency-Key'] = request.idempotencyKey;
  let response: Response;
  try {
    response = await o.fetch(o.endpoint, {
      method: 'POST',
      headers,
      body: form ? formBody(request) : JSON.stringify(request),
      credentials: 'omit',
      signal: AbortSignal.timeout(o.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { retry: true, reason: timedOut ? 'timeout' : 'network' };
  }
  if (response.ok) return { status: 'sent', ...(await reference(response)) };
  if (response.status === 429)
    return { retry: true, reason: 'busy', waitMs: retryAfter(response.headers.get('Retry-After')) };
  if (response.status >= 500) return { retry: true, reason: 'server' };
  return { status: 'rejected', httpStatus: response.status, errors: await fieldErrors(response) };
}

function formBody(request: ContactRequest): URLSearchParams {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(request)) {
    if (value !== undefined) body.set(key, String(value));
  }
  return body;
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function json(response: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {}; // a success or an error without a JSON body is still that
  }
}

async function reference(response: Response): Promise<{ reference?: string }> {
  const body = await json(response);
  const ref = body.reference ?? body.id;
  return typeof ref === 'string' || typeof ref === 'number' ? { reference: String(ref) } : {};
}

async function fieldErrors(response: Response): Promise<ContactError[]> {
  const fields = (await json(response)).fields;
  return Array.isArray(fields)
    ? fields.filter(
        (f): f is ContactError => typeof f?.field === 'string' && typeof f?.code === 'string',
      )
    : [];
}
