// @vitest-environment node
/**
 * The knowledge studio's server, as the page and staff meet it: the page gets its token and a CSP
 * that lets its own script run; nothing without the token, from another origin or under another
 * host name gets in; a save keeps a backup, never half-writes, and never silently overwrites an
 * edit made on disk meanwhile.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStudio } from '../../knowledge/studio/serve';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SCRIPT = 'document.title = "studio & <co>";';
const HTML = `<!doctype html><html><head><title>Studio</title><script type="module">${SCRIPT}</script></head><body></body></html>`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let dir: string;
let file: string;
let original: string;
let studio: Awaited<ReturnType<typeof startStudio>>;
let origin: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'askwell-studio-'));
  file = join(dir, 'faq.json');
  copyFileSync(join(ROOT, 'knowledge', 'faq.json'), file);
  original = readFileSync(file, 'utf8');
  studio = await startStudio({ file, html: HTML, port: 0 });
  origin = studio.url.slice(0, -1);
});

afterEach(async () => {
  await studio.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = () => `${studio.url}api/file`;

/** A save as the page sends it. */
function put(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(api(), {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      'X-Askwell-Token': studio.token,
      Origin: origin,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The knowledge with its greeting changed, as text the page would save. */
function edited(greeting: string): string {
  const data = JSON.parse(original) as { greeting: string };
  return `${JSON.stringify({ ...data, greeting }, null, 2)}\n`;
}

const files = () => readdirSync(dir).sort();

describe('the page', () => {
  it('carries the token and file in a meta tag, under a CSP that allows its own script', async () => {
    const res = await fetch(studio.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();

    const html = await res.text();
    const meta = /<meta name="askwell-studio" content="([^"]*)"><\/head>/.exec(html);
    expect(meta).not.toBeNull();
    const content = (meta?.[1] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    expect(JSON.parse(content)).toEqual({
      token: studio.token,
      file: expect.stringMatching(/(^|\/)faq\.json$/),
    });
    expect(studio.token).toMatch(/^[0-9a-f]{64}$/);

    const hash = createHash('sha256').update(SCRIPT).digest('base64');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${hash}'; style-src 'self'; ` +
        "img-src 'self' data: blob:; connect-src 'self'; worker-src blob:; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; " +
        'trusted-types askwell-studio',
    );
  });

  it('is also at /askwell-studio.html; other paths are 404, other methods 405', async () => {
    expect((await fetch(`${studio.url}askwell-studio.html`)).status).toBe(200);
    expect((await fetch(`${studio.url}faq.json`)).status).toBe(404);
    expect((await fetch(studio.url, { method: 'POST' })).status).toBe(405);
    const del = await fetch(api(), {
      method: 'DELETE',
      headers: { 'X-Askwell-Token': studio.token },
    });
    expect(del.status).toBe(405);
  });
});

describe('who gets in', () => {
  it('reads the file with the token, and not without it or with a wrong one', async () => {
    const ok = await fetch(api(), { headers: { 'X-Askwell-Token': studio.token } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.json()).toEqual({
      name: 'faq.json',
      file: expect.stringMatching(/(^|\/)faq\.json$/),
      text: original,
      version: sha256(original),
    });

    const none = await fetch(api());
    expect(none.status).toBe(403);
    expect(await none.json()).toEqual({ error: expect.any(String) });
    const wrong = await fetch(api(), { headers: { 'X-Askwell-Token': 'f'.repeat(64) } });
    expect(wrong.status).toBe(403);
  });

  it('refuses a save from another origin, or with no origin, even with the token', async () => {
    const body = { text: edited('Hi'), base: sha256(original) };
    expect((await put(body, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await put(body, { Origin: `http://127.0.0.1:1` })).status).toBe(403);
    const noOrigin = await new Promise<number>((done, fail) => {
      const req = request(api(), {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-Askwell-Token': studio.token },
      });
      req.on('response', (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('error', fail);
      req.end(JSON.stringify(body));
    });
    expect(noOrigin).toBe(403);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('refuses a request under another host name (DNS rebinding)', async () => {
    const { port } = new URL(studio.url);
    const status = (host: string) =>
      new Promise<number>((done, fail) => {
        const req = request(studio.url, { headers: { Host: host } });
        req.on('response', (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end();
      });
    expect(await status(`evil.example:${port}`)).toBe(403);
    expect(await status('127.0.0.1')).toBe(403);
    expect(await status(`localhost:${port}`)).toBe(200);
  });
});

describe('saving', () => {
  it('writes the new text, returns its version, and keeps the old text in a .bak', async () => {
    const text = edited('Hello from the studio.');
    const res = await put({ text, base: sha256(original) });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { version: string; backup: string };
    expect(answer).toEqual({
      version: sha256(text),
      backup: expect.stringMatching(/^faq\.json\.\d{8}-\d{6}\.bak$/),
    });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readFileSync(join(dir, answer.backup), 'utf8')).toBe(original);
    expect(files()).toEqual([answer.backup, 'faq.json'].sort());

    // A second save in the same second gets its own backup, of the first save's text.
    const again = await put({ text: edited('Again.'), base: answer.version });
    const second = (await again.json()) as { backup: string };
    expect(second.backup).toMatch(/^faq\.json\.\d{8}-\d{6}(-2)?\.bak$/);
    expect(second.backup).not.toBe(answer.backup);
    expect(readFileSync(join(dir, second.backup), 'utf8')).toBe(text);
    expect(files().some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('refuses to overwrite a file changed since the page read it (409), unless forced', async () => {
    const stale = await put({ text: edited('Mine'), base: sha256('an older version') });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({
      error: 'conflict',
      text: original,
      version: sha256(original),
    });
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(files()).toEqual(['faq.json']);

    const forced = await put({
      text: edited('Mine'),
      base: sha256('an older version'),
      force: true,
    });
    expect(forced.status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(edited('Mine'));
  });

  it('refuses text that is not JSON, or not valid knowledge (422), and changes nothing', async () => {
    const base = sha256(original);
    const broken = await put({ text: '{ "version": 1, ', base });
    expect(broken.status).toBe(422);
    expect(await broken.json()).toEqual({
      error: expect.any(String),
      problems: [{ path: '$', message: expect.stringContaining('not valid JSON') }],
    });

    const invalid = await put({ text: JSON.stringify({ version: 2, entries: [] }), base });
    expect(invalid.status).toBe(422);
    const { problems } = (await invalid.json()) as { problems: { path: string }[] };
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(20);
    expect(problems.map((p) => p.path)).toContain('$.version');
    expect(problems[0]).toEqual({ path: expect.any(String), message: expect.any(String) });

    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(files()).toEqual(['faq.json']);
  });

  it('refuses a body over 10 MB (413)', async () => {
    const res = await put({ text: ' '.repeat(10 * 1024 * 1024), base: sha256(original) });
    expect(res.status).toBe(413);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('refuses a streamed (chunked) body once it passes 10 MB (413)', async () => {
    const status = await new Promise<number>((done, fail) => {
      const req = request(api(), {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          'X-Askwell-Token': studio.token,
          Origin: origin,
          'Transfer-Encoding': 'chunked',
        },
      });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        // 40 MB, unless the answer comes first.
        while (sent < 40 && !req.destroyed) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      req.on('response', (res) => {
        res.resume();
        done(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', fail);
      pump();
    });
    expect(status).toBe(413);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
