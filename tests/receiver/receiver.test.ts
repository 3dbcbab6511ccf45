// @vitest-environment node
import fsp, { type FileHandle } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReceiver } from '../../demo/receiver/receiver';
import {
  CONTACT_LIMITS,
  CONTACT_MESSAGES,
  RECEIVER_MESSAGES,
  submitContact,
} from '../../widget/core';
import {
  contact,
  newKey,
  post,
  type Running,
  rawPost,
  readLines,
  startReceiver,
  tempDir,
} from './helpers';

const REFERENCE = /^AW-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/;

let dir: string;
let remove: () => Promise<void>;
let server: Running;

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  server = await startReceiver({ file: join(dir, 'data', 'contact-requests.jsonl') });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await server.stop();
  await remove();
});

const stored = async () => (await readLines(server.file)).records;

describe('accepted requests', () => {
  it('stores one synced line and answers 201 with a reference (folder created)', async () => {
    const body = contact({ phone: ' +1 (555) 555-0123 ', website: '' });
    const answer = await post(server.endpoint, body);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ reference: expect.stringMatching(REFERENCE) });
    const records = await stored();
    expect(records).toEqual([
      {
        reference: answer.body.reference,
        receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        name: 'Dana Example',
        email: 'dana@example.com',
        phone: '+1 (555) 555-0123',
        preferredContact: 'email',
        message: 'Do you offer evening appointments?',
        consent: true,
        idempotencyKey: body.idempotencyKey,
      },
    ]);
    if (process.platform !== 'win32') {
      expect((await fsp.stat(server.file)).mode & 0o777).toBe(0o600);
      expect((await fsp.stat(join(dir, 'data'))).mode & 0o777).toBe(0o700);
    }
  });

  it('stores the language the visitor wrote in, so staff answer in it', async () => {
    const answer = await post(server.endpoint, contact({ lang: 'es' }));
    expect(answer.status).toBe(201);
    expect((await stored()).at(-1)).toMatchObject({ lang: 'es' });
    // anything but a language tag is dropped, not stored
    await post(server.endpoint, contact({ lang: '<b>es</b>' }));
    expect((await stored()).at(-1)).not.toHaveProperty('lang');
  });

  it('accepts the widget’s JSON and form-encoded submissions (its own submit module)', async () => {
    for (const format of ['json', 'form'] as const) {
      const request = contact({ preferredContact: 'text', phone: '555 555 0199' });
      const result = await submitContact(request as never, {
        endpoint: server.endpoint,
        format,
        sameOrigin: true,
        fetch,
        maxAttempts: 1,
      });
      expect(result).toEqual({ status: 'sent', reference: expect.stringMatching(REFERENCE) });
    }
    const records = await stored();
    expect(records).toHaveLength(2);
    expect(records[1]).toMatchObject({
      preferredContact: 'text',
      consent: true,
      phone: '555 555 0199',
    });
  });

  it('accepts a hand-written form post (consent "on", key in the Idempotency-Key header)', async () => {
    const key = newKey();
    const form = new URLSearchParams({
      name: 'Sam',
      phone: '555-555-0100',
      message: 'Hola',
      consent: 'on',
      fillMs: '4000',
    });
    const answer = await post(server.endpoint, form.toString(), {
      raw: true,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
        'Idempotency-Key': key,
      },
    });
    expect(answer.status).toBe(201);
    expect(await stored()).toEqual([
      expect.objectContaining({ name: 'Sam', preferredContact: 'phone', idempotencyKey: key }),
    ]);
  });

  it('accepts a body of exactly the size limit', async () => {
    const json = JSON.stringify(contact());
    const padded = json + ' '.repeat(CONTACT_LIMITS.maxBodyBytes - Buffer.byteLength(json));
    expect(Buffer.byteLength(padded)).toBe(CONTACT_LIMITS.maxBodyBytes);
    expect((await post(server.endpoint, padded, { raw: true })).status).toBe(201);
  });

  it('answers OPTIONS with 204 and nothing else, and other methods with 405', async () => {
    const options = await fetch(server.endpoint, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect([...options.headers.keys()].filter((h) => h.startsWith('access-control'))).toEqual([]);
    const get = await fetch(server.endpoint);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await get.json()).toEqual({
      error: 'method-not-allowed',
      message: RECEIVER_MESSAGES['method-not-allowed'],
    });
    // Other paths fall through to the static server.
    expect((await fetch(`${server.url}api/contacts`)).status).toBe(404);
    expect(await stored()).toEqual([]);
  });
});

describe('refused requests store nothing', () => {
  it('bad JSON, JSON that is not an object, and bytes that are not UTF-8: 400', async () => {
    for (const raw of ['{"name": "Dana",', '', '[1,2]', 'null', '"text"']) {
      const answer = await post(server.endpoint, raw, { raw: true });
      expect(answer.status, raw).toBe(400);
      expect(answer.body).toEqual({ error: 'bad-json', message: RECEIVER_MESSAGES['bad-json'] });
    }
    const latin1 = await fetch(server.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.from('{"name":"Ren\xe9"}', 'latin1'),
    });
    expect(latin1.status).toBe(400);
    expect(await latin1.json()).toEqual({
      error: 'bad-json',
      message: RECEIVER_MESSAGES['not-utf8'],
    });
    expect(await stored()).toEqual([]);
  });

  it('a body over the limit: 413 (declared length)', async () => {
    const json = JSON.stringify(contact());
    const big = json + ' '.repeat(CONTACT_LIMITS.maxBodyBytes + 1 - Buffer.byteLength(json));
    const answer = await post(server.endpoint, big, { raw: true });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({
      error: 'too-large',
      message: RECEIVER_MESSAGES['too-large'](CONTACT_LIMITS.maxBodyBytes),
    });
    // The connection is still usable afterwards.
    expect((await post(server.endpoint, contact())).status).toBe(201);
    expect(await stored()).toHaveLength(1);
  });

  it('a chunked body that keeps coming: 413 as soon as it passes the limit', async () => {
    const total = 256;
    let written = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(server.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' }, // no length: chunked
      });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        res.resume();
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      req.write('{"message":"');
      const chunk = 'x'.repeat(4096);
      const pump = () => {
        if (answered || req.destroyed) return;
        if (written === total) {
          req.end('"}');
          return;
        }
        written++;
        req.write(chunk);
        setTimeout(pump, 2);
      };
      pump();
    });
    expect(status).toBe(413);
    expect(written).toBeLessThan(total); // answered long before 1 MB was sent
    expect(await stored()).toEqual([]);
  });

  it('wrong or missing content type: 415', async () => {
    const body = JSON.stringify(contact());
    for (const type of [
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      '',
    ]) {
      const answer = await fetch(server.endpoint, {
        method: 'POST',
        headers: type ? { 'Content-Type': type } : {},
        body: type ? body : new Blob([body]), // a Blob without a type sends no Content-Type
      });
      expect(answer.status, type).toBe(415);
      expect(await answer.json()).toMatchObject({ error: 'unsupported-media-type' });
    }
    expect(await stored()).toEqual([]);
  });

  it('missing fields: 400 naming each, in form order, with the shared messages', async () => {
    const answer = await post(server.endpoint, { idempotencyKey: newKey(), fillMs: 9000 });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: 'invalid',
      fields: [
        { field: 'name', code: 'required', message: CONTACT_MESSAGES.required },
        { field: 'email', code: 'email-or-phone', message: CONTACT_MESSAGES['email-or-phone'] },
        { field: 'message', code: 'required', message: CONTACT_MESSAGES.required },
        { field: 'consent', code: 'consent', message: CONTACT_MESSAGES.consent },
      ],
    });
    expect(await stored()).toEqual([]);
  });

  it('wrong types: 400 naming the field (never silently dropped)', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: 42 }, 'name', 'required'],
      [{ consent: 'yes' }, 'consent', 'consent'],
      [{ consent: 1 }, 'consent', 'consent'],
      [{ consent: false }, 'consent', 'consent'],
      [{ message: { text: 'hi' } }, 'message', 'required'],
      [{ preferredContact: ['email'] }, 'preferredContact', 'invalid-choice'],
      [{ preferredContact: 'carrier pigeon' }, 'preferredContact', 'invalid-choice'],
      // A phone is given, so a non-string email would otherwise just disappear.
      [{ email: 42, phone: '555 555 0100', preferredContact: 'phone' }, 'email', 'invalid-email'],
      [{ phone: 5555550100 }, 'phone', 'invalid-phone'],
    ];
    for (const [overrides, field, code] of cases) {
      const answer = await post(server.endpoint, contact(overrides));
      expect(answer.status, JSON.stringify(overrides)).toBe(400);
      expect(answer.body.fields, JSON.stringify(overrides)).toEqual([
        { field, code, message: CONTACT_MESSAGES[code as keyof typeof CONTACT_MESSAGES] },
      ]);
    }
    // A form field sent twice is ambiguous: refused like a wrong type.
    const twice = new URLSearchParams(contact() as Record<string, string>);
    twice.append('name', 'Other');
    const answer = await post(server.endpoint, twice.toString(), {
      raw: true,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toEqual([expect.objectContaining({ field: 'name' })]);
    expect(await stored()).toEqual([]);
  });

  it('invalid email and phone, and a contact method that was not given: 400', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ email: 'dana@example' }, 'email', 'invalid-email'],
      [{ email: 'dana example.com' }, 'email', 'invalid-email'],
      [{ email: undefined, phone: '12345', preferredContact: 'phone' }, 'phone', 'invalid-phone'],
      [{ phone: '555-CALL-NOW' }, 'phone', 'invalid-phone'],
      [{ preferredContact: 'phone' }, 'preferredContact', 'needs-phone'],
      [{ email: undefined, phone: '5555550100' }, 'preferredContact', 'needs-email'],
      [{ message: 'x'.repeat(CONTACT_LIMITS.message + 1) }, 'message', 'too-long'],
    ];
    for (const [overrides, field, code] of cases) {
      const answer = await post(server.endpoint, contact(overrides));
      expect(answer.status, JSON.stringify(overrides)).toBe(400);
      expect(answer.body.fields).toEqual([
        { field, code, message: CONTACT_MESSAGES[code as keyof typeof CONTACT_MESSAGES] },
      ]);
    }
    expect(await stored()).toEqual([]);
  });

  it('the widget sees a 400 as rejected, with the field errors, and does not retry', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const result = await submitContact(contact({ email: 'nope' }) as never, {
      endpoint: server.endpoint,
      fetch: counting,
    });
    expect(result).toEqual({
      status: 'rejected',
      httpStatus: 400,
      errors: [
        { field: 'email', code: 'invalid-email', message: CONTACT_MESSAGES['invalid-email'] },
      ],
    });
    expect(calls).toBe(1);
  });
});

describe('idempotency keys', () => {
  it('missing or malformed: 400 naming idempotencyKey', async () => {
    for (const key of [undefined, '', 'short', 'has spaces in it', 'x'.repeat(129), 12345678]) {
      const answer = await post(server.endpoint, contact({ idempotencyKey: key }));
      expect(answer.status, String(key)).toBe(400);
      expect(answer.body).toEqual({
        error: 'invalid',
        fields: [expect.objectContaining({ field: 'idempotencyKey', code: 'idempotency-key' })],
      });
    }
    // Field errors are reported with it, the key last (it is not a form field).
    const both = await post(server.endpoint, contact({ idempotencyKey: undefined, name: '' }));
    expect((both.body.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'name',
      'idempotencyKey',
    ]);
    expect(await stored()).toEqual([]);
  });

  it('header and body: the same key is fine; different keys are refused (400)', async () => {
    const key = newKey();
    const same = await post(server.endpoint, contact({ idempotencyKey: key }), {
      headers: { 'Idempotency-Key': key },
    });
    expect(same.status).toBe(201);
    const headerOnly = await post(server.endpoint, contact({ idempotencyKey: undefined }), {
      headers: { 'Idempotency-Key': key },
    });
    expect(headerOnly).toMatchObject({ status: 201, body: { reference: same.body.reference } });
    const differ = await post(server.endpoint, contact(), {
      headers: { 'Idempotency-Key': newKey() },
    });
    expect(differ.status).toBe(400);
    expect(differ.body.fields).toEqual([
      expect.objectContaining({ field: 'idempotencyKey', code: 'idempotency-key-mismatch' }),
    ]);
    expect(await stored()).toHaveLength(1);
  });

  it('a repeated key replays the first answer: same reference, one line', async () => {
    const body = contact();
    const first = await post(server.endpoint, body);
    const again = await post(server.endpoint, body);
    // Even when the repeat differs (a retry after an edit): the first submission stands.
    const edited = await post(server.endpoint, { ...body, message: 'Changed my mind' });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, body: first.body });
    expect(edited).toMatchObject({ status: 201, body: first.body });
    const records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]?.message).toBe('Do you offer evening appointments?');
    expect(server.logs.filter((l) => l.endsWith('(replay)'))).toHaveLength(2);
  });

  it('a 400 is not replayed: the corrected form with the same key is stored', async () => {
    const body = contact({ email: 'dana@' });
    expect((await post(server.endpoint, body)).status).toBe(400);
    const fixed = await post(server.endpoint, { ...body, email: 'dana@example.com' });
    expect(fixed.status).toBe(201);
    expect(await stored()).toHaveLength(1);
  });

  it('20 concurrent duplicates: one line, every answer the same reference', async () => {
    const body = contact();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(server.endpoint, body)),
    );
    const references = new Set(answers.map((a) => a.body.reference));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(references.size).toBe(1);
    const records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]?.reference).toBe([...references][0]);
  });

  it('replays survive a restart (a new receiver on the same file)', async () => {
    const body = contact();
    const first = await post(server.endpoint, body);
    await server.stop();
    server = await startReceiver({ file: server.file });
    expect(await server.receiver.ready).toMatchObject({
      stored: 1,
      skipped: 0,
      repairedTail: null,
    });
    const replay = await post(server.endpoint, body);
    expect(replay).toMatchObject({ status: 201, body: first.body });
    expect(await stored()).toHaveLength(1);
  });
});

describe('spam', () => {
  it('honeypot filled: a success-shaped 201, nothing stored, the same reference on a retry', async () => {
    for (const website of ['https://cheap-pills.example', 1, true]) {
      const body = contact({ website });
      const answer = await post(server.endpoint, body);
      expect(answer.status, String(website)).toBe(201);
      expect(answer.body).toEqual({ reference: expect.stringMatching(REFERENCE) });
      expect(await post(server.endpoint, body)).toMatchObject({ status: 201, body: answer.body });
    }
    expect(await stored()).toEqual([]);
    expect(server.logs.filter((l) => l.endsWith('(filtered)'))).toHaveLength(3);
  });

  it('too fast, or no fill time at all: a success-shaped 201, nothing stored', async () => {
    const fast = await post(server.endpoint, contact({ fillMs: 400 }));
    const form = new URLSearchParams(contact({ fillMs: undefined }) as Record<string, string>);
    form.delete('fillMs');
    const missing = await post(server.endpoint, form.toString(), {
      raw: true,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    const nonsense = await post(server.endpoint, contact({ fillMs: 'soon' }));
    for (const answer of [fast, missing, nonsense]) {
      expect(answer).toMatchObject({
        status: 201,
        body: { reference: expect.stringMatching(REFERENCE) },
      });
    }
    expect(await stored()).toEqual([]);
  });
});

describe('rate limit', () => {
  it('10 a minute per address: then 429 with Retry-After, counted on an injected clock', async () => {
    await server.stop();
    let t = Date.parse('2030-01-01T09:00:00Z');
    server = await startReceiver({ file: server.file, rateLimit: {}, now: () => t });
    for (let i = 0; i < 10; i++) expect((await post(server.endpoint, contact())).status).toBe(201);

    const limited = await post(server.endpoint, contact());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('6');
    expect(limited.body).toEqual({
      error: 'rate-limited',
      message: RECEIVER_MESSAGES['rate-limited'],
    });

    // Another address has its own bucket.
    const other = await rawPost(server.endpoint, JSON.stringify(contact()), {
      localAddress: '127.0.0.2',
    });
    expect(other.status).toBe(201);

    t += 5_000;
    const soon = await post(server.endpoint, contact());
    expect(soon.status).toBe(429);
    expect(soon.headers.get('retry-after')).toBe('1');
    t += 1_000;
    expect((await post(server.endpoint, contact())).status).toBe(201);
    expect((await post(server.endpoint, contact())).status).toBe(429);

    const records = await stored();
    expect(records).toHaveLength(12);
    expect(records[0]?.receivedAt).toBe('2030-01-01T09:00:00.000Z');
  });
});

describe('storage faults', () => {
  it('a write that fails half way: 500, the file as it was, and the retry stores one line', async () => {
    await server.stop();
    const realOpen = fsp.open.bind(fsp);
    let failNext = true;
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      if (args[1] !== 'a') return handle;
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'write' && failNext) {
            return async (buffer: Buffer) => {
              failNext = false;
              await target.write(buffer, 0, Math.floor(buffer.length / 2));
              throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            };
          }
          const value = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }) as FileHandle;
    });
    server = await startReceiver({ file: server.file });
    const body = contact();
    const failed = await post(server.endpoint, body);
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ error: 'storage' });
    expect(await fsp.readFile(server.file, 'utf8')).toBe('');
    expect(server.logs).toContain('contact receiver: could not store a request (ENOSPC)');

    // The widget retries a 500 with the same key.
    const retried = await post(server.endpoint, body);
    expect(retried.status).toBe(201);
    expect(await stored()).toEqual([
      expect.objectContaining({ reference: retried.body.reference }),
    ]);
  });

  it('the 201 waits for fdatasync: no answer while the sync is pending', async () => {
    await server.stop();
    const realOpen = fsp.open.bind(fsp);
    let release = () => {};
    const gate = new Promise<void>((ok) => {
      release = ok;
    });
    let syncing = () => {};
    const syncStarted = new Promise<void>((ok) => {
      syncing = ok;
    });
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      if (args[1] !== 'a') return handle;
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'datasync') {
            return async () => {
              syncing();
              await gate;
              return target.datasync();
            };
          }
          const value = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }) as FileHandle;
    });
    server = await startReceiver({ file: server.file });
    let answered = false;
    const pending = post(server.endpoint, contact()).then((answer) => {
      answered = true;
      return answer;
    });
    await syncStarted;
    await new Promise((ok) => setTimeout(ok, 50));
    expect(answered).toBe(false);
    release();
    expect((await pending).status).toBe(201);
  });

  it('a file that cannot be opened: ready rejects and requests get 503', async () => {
    await server.stop();
    server = await startReceiver({ file: dir }); // a directory
    await expect(server.receiver.ready).rejects.toThrow();
    const answer = await post(server.endpoint, contact());
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
  });

  it('a torn final line is dropped on open; a complete one missing its newline is kept', async () => {
    await server.stop();
    const complete = JSON.stringify({
      reference: 'AW-2222-3333',
      receivedAt: '2030-01-01T09:00:00.000Z',
      name: 'A',
      email: 'a@example.com',
      preferredContact: 'email',
      message: 'm',
      consent: true,
      idempotencyKey: 'key-complete-1',
    });
    await fsp.writeFile(server.file, `${complete}\n{"reference":"AW-4444-5555","receivedAt":"20`);
    const torn = createReceiver({ file: server.file, log: () => {} });
    expect(await torn.ready).toMatchObject({ stored: 1, repairedTail: 'dropped' });
    await torn.close();
    expect(await fsp.readFile(server.file, 'utf8')).toBe(`${complete}\n`);

    await fsp.writeFile(server.file, complete);
    server = await startReceiver({ file: server.file });
    expect(await server.receiver.ready).toMatchObject({ stored: 1, repairedTail: 'kept' });
    const replay = await post(server.endpoint, contact({ idempotencyKey: 'key-complete-1' }));
    expect(replay).toMatchObject({ status: 201, body: { reference: 'AW-2222-3333' } });
    expect((await post(server.endpoint, contact())).status).toBe(201);
    const { records, torn: tail } = await readLines(server.file);
    expect(records).toHaveLength(2);
    expect(tail).toBeNull();
  });

  it('an unreadable line in the middle is skipped and counted, never fatal', async () => {
    await server.stop();
    await fsp.writeFile(server.file, 'not json\n\n{"also":"not a record"}\n');
    server = await startReceiver({ file: server.file });
    expect(await server.receiver.ready).toMatchObject({ stored: 0, skipped: 2 });
    expect((await post(server.endpoint, contact())).status).toBe(201);
  });
});

describe('privacy', () => {
  it('the log has method, path, status and reference only', async () => {
    const secret = {
      name: 'Zelda Secretname',
      email: 'zelda.secret@example.com',
      phone: '+1 555 987 6543',
      message: 'I have been struggling with my secret thing',
    };
    await post(server.endpoint, contact(secret));
    await post(server.endpoint, contact({ ...secret, email: 'zelda.secret@' }));
    await post(server.endpoint, contact({ ...secret, website: 'x' }));
    await post(server.endpoint, '{"name":"Zelda Secretname",', { raw: true });
    await fetch(server.endpoint, { method: 'OPTIONS' });
    expect(server.logs).toHaveLength(5);
    for (const line of server.logs) {
      expect(line).toMatch(
        /^(POST|OPTIONS) \/api\/contact \d{3}( AW-[A-Z0-9]{4}-[A-Z0-9]{4})?( \((replay|filtered)\))?$/,
      );
    }
    expect(server.logs.join('\n')).not.toMatch(/zelda|secret|987/i);
  });
});
