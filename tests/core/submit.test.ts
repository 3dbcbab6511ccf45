// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ContactRequest } from '../../widget/core';
import { retryAfter, type SubmitOptions, submitContact } from '../../widget/core';

const request: ContactRequest = {
  name: 'Sam',
  email: 'sam@example.com',
  preferredContact: 'email',
  message: 'How much does it cost?',
  consent: true,
  idempotencyKey: 'key-0123456789',
};

type Step = 'network' | 'timeout' | 'lost' | number | [number, Record<string, string>];

/** A fake endpoint: stores by idempotency key (like the receiver) and follows a script of failures. */
function endpoint(script: Step[]) {
  const stored = new Map<string, unknown>();
  const calls: { headers: Record<string, string>; body: string }[] = [];
  const sleeps: number[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const body = String(init.body);
    calls.push({ headers: init.headers as Record<string, string>, body });
    const step = script.shift() ?? 201;
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
    const key = (JSON.parse(body) as ContactRequest).idempotencyKey;
    if (step === 'lost') {
      stored.set(key, body);
      throw new TypeError('Failed to fetch'); // stored, but the answer never arrived
    }
    const [status, headers] = Array.isArray(step) ? step : [step, {}];
    if (status === 201) {
      if (!stored.has(key)) stored.set(key, body);
      return new Response(JSON.stringify({ reference: 'AW-1' }), { status, headers });
    }
    return new Response(
      JSON.stringify({ error: 'x', fields: [{ field: 'email', code: 'invalid-email' }] }),
      { status, headers },
    );
  }) as unknown as typeof globalThis.fetch;
  const options: SubmitOptions = {
    endpoint: '/api/contact',
    fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  };
  return { stored, calls, sleeps, options };
}

describe('Submitting a contact request', () => {
  it('When the endpoint answers 201, it is sent once with its reference', async () => {
    const e = endpoint([201]);
    expect(await submitContact(request, e.options)).toEqual({ status: 'sent', reference: 'AW-1' });
    expect(e.calls).toHaveLength(1);
  });

  it('When offline, it does not try, and says so', async () => {
    const e = endpoint([]);
    expect(await submitContact(request, { ...e.options, isOnline: () => false })).toEqual({
      status: 'failed',
      reason: 'offline',
      attempts: 0,
    });
    expect(e.calls).toHaveLength(0);
  });

  it('When the server fails with 500 then succeeds, one request is stored', async () => {
    const e = endpoint([500, 503, 201]);
    expect((await submitContact(request, e.options)).status).toBe('sent');
    expect(e.calls).toHaveLength(3);
    expect(e.stored.size).toBe(1);
  });

  it('When the answer is lost after storing, the retry carries the same key and nothing is stored twice', async () => {
    const e = endpoint(['lost', 201]);
    expect((await submitContact(request, e.options)).status).toBe('sent');
    const keys = e.calls.map((c) => (JSON.parse(c.body) as ContactRequest).idempotencyKey);
    expect(keys).toEqual(['key-0123456789', 'key-0123456789']);
    expect(e.stored.size).toBe(1);
  });

  it('When the endpoint says 400, it does not retry and passes on which field is wrong', async () => {
    const e = endpoint([400]);
    expect(await submitContact(request, e.options)).toEqual({
      status: 'rejected',
      httpStatus: 400,
      errors: [{ field: 'email', code: 'invalid-email' }],
    });
    expect(e.calls).toHaveLength(1);
  });

  it('When the endpoint says 429 with Retry-After, it waits that long and tries again', async () => {
    const e = endpoint([[429, { 'Retry-After': '2' }], 201]);
    expect((await submitContact(request, e.options)).status).toBe('sent');
    expect(e.sleeps).toEqual([2000]);
  });

  it('When Retry-After is longer than the cap, it stops and reports busy (the visitor retries later)', async () => {
    const e = endpoint([[429, { 'Retry-After': '120' }]]);
    expect(await submitContact(request, e.options)).toEqual({
      status: 'failed',
      reason: 'busy',
      attempts: 1,
    });
  });

  it('When every attempt times out, it gives up after the cap with jittered, growing waits', async () => {
    const e = endpoint(['timeout', 'timeout', 'timeout', 'timeout', 'timeout']);
    expect(
      await submitContact(request, { ...e.options, maxAttempts: 4, baseDelayMs: 100 }),
    ).toEqual({ status: 'failed', reason: 'timeout', attempts: 4 });
    expect(e.sleeps).toEqual([50, 100, 200]);
  });

  it('aborts a hanging attempt with AbortSignal.timeout', async () => {
    const hanging = ((_: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as unknown as typeof fetch;
    const result = await submitContact(request, {
      endpoint: '/x',
      fetch: hanging,
      timeoutMs: 20,
      maxAttempts: 1,
    });
    expect(result).toEqual({ status: 'failed', reason: 'timeout', attempts: 1 });
  });

  it('sends the Idempotency-Key header only to a same-origin endpoint', async () => {
    const same = endpoint([201]);
    await submitContact(request, { ...same.options, sameOrigin: true });
    expect(same.calls[0]?.headers['Idempotency-Key']).toBe('key-0123456789');
    const cross = endpoint([201]);
    await submitContact(request, cross.options);
    expect(cross.calls[0]?.headers['Idempotency-Key']).toBeUndefined();
  });

  it('sends the same fields form-encoded for form services', async () => {
    let body = '';
    const fetch = (async (_: string, init: RequestInit) => {
      body = String(init.body);
      return new Response('', { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    expect(await submitContact(request, { endpoint: '/f', fetch, format: 'form' })).toEqual({
      status: 'sent',
    });
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({
      name: 'Sam',
      email: 'sam@example.com',
      preferredContact: 'email',
      message: 'How much does it cost?',
      consent: 'true',
      idempotencyKey: 'key-0123456789',
    });
  });
});

describe('retryAfter', () => {
  it.each([
    ['3', 3000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', undefined],
    [null, undefined],
  ])('%j → %j ms', (header, ms) => {
    expect(retryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });
});
