/**
 * The knowledge studio's server: serves the studio page (`dist/askwell-studio.html`, one
 * self-contained file) and lets it read and save one knowledge file, on this computer only.
 *
 * `npm run studio` builds the page and runs this file; the tests import `startStudio` and listen on
 * an ephemeral port. Staff open the printed address; nothing else on the machine, and no web page
 * they visit, can read or change the file through it:
 * - It listens on 127.0.0.1 only, and answers 403 to any `Host` but `127.0.0.1:<port>` or
 *   `localhost:<port>` (a hostile site that points its own name at 127.0.0.1, DNS rebinding, would
 *   otherwise be same-origin with the studio).
 * - The API needs a random token made for this run, which only the served page holds (in a
 *   `<meta name="askwell-studio">`); there are no CORS headers, so no other origin can read the
 *   page or an answer. A save also needs the studio's own `Origin` and a JSON body.
 * - The page runs under a strict CSP: only its own inline scripts (by hash), Trusted Types.
 *
 * A save never loses a version: it is refused (409, with what is on disk) when the file changed
 * since the page read it, unless the page says to overwrite; the file it replaces is kept beside
 * it as `<name>.<YYYYMMDD-HHMMSS>.bak` (UTC); and the new text is written to a temporary file,
 * synced, then renamed over the old one, so a crash leaves either the old file or the new one.
 *
 * @example
 *   const { url, token, close } = await startStudio({ file: 'knowledge/faq.json', html, port: 0 });
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type FileHandle, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { discardRest, readBody } from '../../demo/receiver/http';
import { validateKnowledge } from '../../widget/core';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const HOST = '127.0.0.1';
const DEFAULT_PORT = 5178;
/** `npm run studio` tries this many ports after a busy default before giving up. */
const PORT_TRIES = 10;
/** A knowledge file is normally under 100 KB; the page refuses to open one over 5 MB. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** After an early answer, at most this much more of the body is read (and dropped). */
const DRAIN_LIMIT = 4 * MAX_BODY_BYTES;
/** Problems listed in a 422: enough to fix the first ones; the page runs the full check itself. */
const MAX_PROBLEMS = 20;
const PAGE_PATHS = new Set(['/', '/askwell-studio.html']);
const API_PATH = '/api/file';
const TOKEN_HEADER = 'x-askwell-token';

export interface StudioOptions {
  /** The knowledge file to edit (relative to the working directory, or absolute). */
  file: string;
  /** The studio page; it must have a `</head>`. */
  html: string;
  /** Port to listen on; 0 for an ephemeral one. Default 5178. */
  port?: number;
  /** A loopback address only (default 127.0.0.1): the studio is never reachable from the network. */
  host?: string;
}

export interface RunningStudio {
  url: string;
  token: string;
  close: () => Promise<void>;
}

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

function send(res: ServerResponse, status: number, body: string, headers = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...BASE_HEADERS,
    ...headers,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...BASE_HEADERS,
    ...headers,
  });
  res.end(text);
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Where each `<script>` element is, and its text if it is inline (`null` when it has a `src`). */
function scripts(html: string): { start: number; end: number; text: string | null }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: /\ssrc\s*=/i.test(` ${m[1] ?? ''}`) ? null : (m[2] ?? ''),
  }));
}

/**
 * The page with the token meta before its `</head>`, and its CSP. A `</head>` inside a script
 * (a string in the bundle) is not the head's end, so it is skipped. Hashes are over the text the
 * browser sees: HTML parsing turns CRLF and CR into LF before the script's text is taken.
 */
function preparePage(html: string, meta: object): { page: string; csp: string } {
  const found = scripts(html);
  let at = -1;
  for (const m of html.matchAll(/<\/head\s*>/gi)) {
    if (!found.some((s) => m.index > s.start && m.index < s.end)) {
      at = m.index;
      break;
    }
  }
  if (at < 0) throw new Error('The studio page has no </head> to put its token before.');
  const tag = `<meta name="askwell-studio" content="${escapeAttribute(JSON.stringify(meta))}">`;
  const hashes = new Set<string>();
  for (const { text } of found) {
    if (!text) continue;
    const digest = createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('base64');
    hashes.add(`'sha256-${digest}'`);
  }
  const csp = [
    "default-src 'none'",
    `script-src ${hashes.size ? [...hashes].join(' ') : "'none'"}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    // The checker's Worker, made from the page's own inlined script (model.ts), through the one
    // Trusted Types policy the page creates.
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types askwell-studio',
  ].join('; ');
  return { page: html.slice(0, at) + tag + html.slice(at), csp };
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);

/** A header's value (Node joins a repeated one with commas, which then matches nothing). */
function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function tokenMatches(given: string | undefined, token: Buffer): boolean {
  if (given === undefined) return false;
  const bytes = Buffer.from(given, 'utf8');
  return bytes.length === token.length && timingSafeEqual(bytes, token);
}

/** Writes all of `bytes` (one `write` may write fewer). */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

/** Creates `path` (never over an existing file) holding `bytes`, synced to disk. */
async function writeNew(path: string, bytes: Buffer, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Makes a rename durable. Some platforms cannot open or sync a directory (Windows: EISDIR or
 * EPERM); the file itself is synced, so that is not an error.
 */
async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** `20261202-053122` for 2026-12-02T05:31:22Z. */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

/** A copy of the file's current bytes beside it, under a name no earlier backup has; its path. */
async function backUp(file: string, bytes: Buffer, mode: number): Promise<string> {
  const prefix = `${file}.${stamp(new Date())}`;
  for (let n = 1; ; n++) {
    const path = n === 1 ? `${prefix}.bak` : `${prefix}-${n}.bak`;
    try {
      await writeNew(path, bytes, mode);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 1000) throw error;
    }
  }
}

/** The file's bytes, or null when it does not exist. */
async function current(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Why the text cannot be saved (path and message, as the page lists them); empty when it can. */
function problems(text: string): { path: string; message: string }[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ path: '$', message: `it is not valid JSON (${(error as Error).message})` }];
  }
  const result = validateKnowledge(data);
  if (result.ok) return [];
  return result.errors.slice(0, MAX_PROBLEMS).map(({ path, message }) => ({ path, message }));
}

type SaveRequest = { text: string; base: string; force: boolean };

function parseSave(body: Buffer): SaveRequest | null {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { text, base, force } = data as Record<string, unknown>;
  if (typeof text !== 'string' || typeof base !== 'string') return null;
  if (force !== undefined && typeof force !== 'boolean') return null;
  return { text, base, force: force === true };
}

export async function startStudio(opts: StudioOptions): Promise<RunningStudio> {
  const host = opts.host ?? HOST;
  if (!isLoopback(host)) throw new Error(`The studio listens on this computer only, not ${host}.`);
  const file = resolve(opts.file);
  const shown = relative(process.cwd(), file).split(sep).join('/');
  const token = randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(token, 'utf8');
  const { page, csp } = preparePage(opts.html, { token, file: shown });
  const pageHeaders = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(page)),
    ...BASE_HEADERS,
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': csp,
  };

  // Known once listening: the Host and Origin values that name this server.
  let hosts = new Set<string>();
  let origins = new Set<string>();

  // Saves run one at a time, so two cannot both pass the version check and overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  async function getFile(res: ServerResponse): Promise<void> {
    const bytes = await current(file);
    if (!bytes) {
      sendJson(res, 404, { error: `${shown} does not exist.` });
      return;
    }
    sendJson(res, 200, {
      name: basename(file),
      file: shown,
      text: bytes.toString('utf8'),
      version: sha256(bytes),
    });
  }

  /** The file is replaced only by the rename; before it, a failure leaves it as it was. */
  async function save(res: ServerResponse, { text, base, force }: SaveRequest): Promise<void> {
    const found = problems(text);
    if (found.length) {
      sendJson(res, 422, {
        error: 'The knowledge has problems; nothing was saved.',
        problems: found,
      });
      return;
    }
    await serially(async () => {
      const old = await current(file);
      // A missing file's version is '': a page that knows the file is gone may create it.
      const version = old ? sha256(old) : '';
      if (version !== base && !force) {
        sendJson(res, 409, { error: 'conflict', text: old?.toString('utf8') ?? '', version });
        return;
      }
      const dir = dirname(file);
      const mode = old ? (await stat(file)).mode & 0o777 : 0o644;
      const bytes = Buffer.from(text, 'utf8');
      const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
      let backup: string | null = null;
      let renamed = false;
      try {
        if (old) backup = await backUp(file, old, mode);
        await writeNew(temp, bytes, mode);
        await rename(temp, file);
        renamed = true;
        await syncDir(dir);
      } catch (error) {
        if (!renamed) {
          await unlink(temp).catch(() => {});
          if (backup) await unlink(backup).catch(() => {});
          console.error('knowledge studio: save failed:', error);
          sendJson(res, 500, { error: `${shown} could not be saved; it was not changed.` });
          return;
        }
        // The new text is in place; only making the rename durable failed. Saying it was not
        // saved would be wrong (a retry would then meet a conflict with its own text).
        console.warn('knowledge studio: saved, but the folder could not be synced:', error);
      }
      sendJson(res, 200, { version: sha256(bytes), backup: backup && basename(backup) });
    });
  }

  async function putFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = header(req, 'origin');
    if (!origin || !origins.has(origin)) {
      sendJson(res, 403, { error: 'Saving is only allowed from the studio page.' });
      discardRest(req, DRAIN_LIMIT);
      return;
    }
    const type = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      sendJson(res, 415, { error: 'Send the file as application/json.' });
      discardRest(req, DRAIN_LIMIT);
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'gone') return;
    if (body === 'too-large') {
      const mb = MAX_BODY_BYTES / 1024 / 1024;
      sendJson(res, 413, { error: `The file is over ${mb} MB.` });
      discardRest(req, DRAIN_LIMIT);
      return;
    }
    const request = parseSave(body);
    if (!request) {
      sendJson(res, 400, { error: 'Expected { "text": "…", "base": "…", "force"?: true }.' });
      return;
    }
    await save(res, request);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostHeader = header(req, 'host')?.toLowerCase();
    if (!hostHeader || !hosts.has(hostHeader)) {
      send(res, 403, 'Forbidden: open the studio at the address it printed.\n');
      discardRest(req, DRAIN_LIMIT);
      return;
    }
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      send(res, 400, 'Bad request\n');
      return;
    }
    if (PAGE_PATHS.has(path)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
        discardRest(req, DRAIN_LIMIT);
        return;
      }
      res.writeHead(200, pageHeaders);
      res.end(page);
      return;
    }
    if (path !== API_PATH) {
      send(res, 404, `Not found: ${path}\n`);
      discardRest(req, DRAIN_LIMIT);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'PUT') {
      sendJson(res, 405, { error: 'Method not allowed' }, { Allow: 'GET, PUT' });
      discardRest(req, DRAIN_LIMIT);
      return;
    }
    if (!tokenMatches(header(req, TOKEN_HEADER), tokenBytes)) {
      sendJson(res, 403, { error: 'Missing or wrong studio token: reload the studio page.' });
      discardRest(req, DRAIN_LIMIT);
      return;
    }
    if (req.method === 'GET') await getFile(res);
    else await putFile(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('knowledge studio:', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal error' });
      else res.destroy();
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      server.off('error', fail);
      ok();
    });
  });

  const { port } = server.address() as AddressInfo;
  const named = host.includes(':') ? `[${host}]` : host;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `${named}:${port}`]);
  origins = new Set([...hosts].map((h) => `http://${h}`));
  return {
    url: `http://${named}:${port}/`,
    token,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function usage(message: string): never {
  console.error(`${message}\nUsage: tsx knowledge/studio/serve.ts [--file <file>] [--port <port>]`);
  process.exit(2);
}

/** `--file <file>` and `--port <port>` (or `--name=value`). */
function parseArgs(args: readonly string[]): { file: string; port: number } {
  let file = join(ROOT, 'knowledge', 'faq.json');
  let port = DEFAULT_PORT;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = inline ?? args[++i];
    if (name !== '--file' && name !== '--port') usage(`Unknown argument: ${arg}`);
    if (value === undefined || value === '') usage(`${name} needs a value.`);
    if (name === '--file') file = value;
    else {
      port = Number(value);
      if (!Number.isInteger(port) || port < 1 || port > 65535) usage(`Not a port: ${value}`);
    }
  }
  return { file, port };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const { file, port } = parseArgs(process.argv.slice(2));
  let html: string;
  try {
    html = await readFile(join(ROOT, 'dist', 'askwell-studio.html'), 'utf8');
  } catch {
    console.error('dist/askwell-studio.html is missing: run `npm run build`');
    process.exit(1);
  }
  let studio: RunningStudio | undefined;
  for (let p = port; !studio; p++) {
    try {
      studio = await startStudio({ file, html, port: p });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && p < port + PORT_TRIES) continue;
      const reason = code === 'EADDRINUSE' ? `ports ${port}–${p} are all busy` : (code ?? error);
      console.error(`Cannot start the knowledge studio: ${reason}`);
      process.exit(1);
    }
  }
  const shown = relative(process.cwd(), resolve(file)).split(sep).join('/');
  console.log(`Askwell knowledge studio: ${studio.url} (editing ${shown}; Ctrl+C to stop)`);
  const running = studio;
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
