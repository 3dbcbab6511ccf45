/**
 * The demo server: a tiny static server for the practice page (`demo/`) and the built widget
 * (`dist/`, served at the root: `/askwell.js`, `/askwell.mjs`, `/faq.json`).
 *
 * `npm run demo` builds the widget and runs this file, which also mounts the reference contact
 * receiver (`demo/receiver/`) at `POST /api/contact`; the e2e suite and the browser bench import
 * `startServer` and listen on an ephemeral port (passing `routes` to add the receiver).
 *
 * @example
 *   const { url, close } = await startServer({ port: 0 });
 *   // … drive a browser at url …
 *   await close();
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEMO_DIR = join(ROOT, 'demo');
const DIST_DIR = join(ROOT, 'dist');
const HOST = '127.0.0.1';
const DEFAULT_PORT = 5173;

const TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
});

/** A request handler tried before the static files; return true when it answered. */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
) => boolean | Promise<boolean>;

export interface ServerOptions {
  /** Port to listen on; 0 for an ephemeral one. A busy port falls back to an ephemeral one. */
  port?: number;
  /** Extra headers on every HTML response (the e2e suite sets a strict CSP through this). */
  htmlHeaders?: Readonly<Record<string, string>>;
  /** Handlers tried first, in order (a seam for the demo's contact receiver). */
  routes?: readonly RouteHandler[];
  /** Directories searched in order for static files. */
  roots?: readonly string[];
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

function contentType(path: string): string {
  if (path.endsWith('.d.ts')) return TYPES['.d.ts'] as string;
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolves a URL path inside `root`, or null when it escapes it. */
function inside(root: string, urlPath: string): string | null {
  const file = normalize(join(root, urlPath));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function findFile(roots: readonly string[], urlPath: string): Promise<string | null> {
  const wanted = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  for (const root of roots) {
    const file = inside(root, wanted);
    if (!file) continue;
    try {
      const info = await stat(file);
      if (info.isFile()) return file;
      if (info.isDirectory()) {
        const index = join(file, 'index.html');
        if ((await stat(index).catch(() => null))?.isFile()) return index;
      }
    } catch {
      // Not in this root; try the next.
    }
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const roots = (options.roots ?? [DEMO_DIR, DIST_DIR]).map((r) => resolve(r));
  const routes = options.routes ?? [];
  const htmlHeaders = options.htmlHeaders ?? {};

  const server = createServer(async (req, res) => {
    try {
      for (const route of routes) if (await route(req, res)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        send(res, 405, 'Method not allowed\n');
        return;
      }
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        send(res, 400, 'Bad request\n');
        return;
      }
      if (urlPath.includes('\0')) {
        send(res, 400, 'Bad request\n');
        return;
      }
      const file = await findFile(roots, urlPath);
      if (!file) {
        const hint = /^\/askwell\.m?js$|^\/faq\.json$/.test(urlPath)
          ? ' (run `npm run build` first)'
          : '';
        send(res, 404, `Not found: ${urlPath}${hint}\n`);
        return;
      }
      const info = await stat(file);
      const type = contentType(file);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': String(info.size),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...(type.startsWith('text/html') ? htmlHeaders : {}),
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
      console.error('demo server:', error);
    }
  });

  const listen = (port: number) =>
    new Promise<void>((ok, fail) => {
      const onError = (error: Error) => {
        server.off('listening', onListening);
        fail(error);
      };
      const onListening = () => {
        server.off('error', onError);
        ok();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, HOST);
    });

  const wanted = options.port ?? DEFAULT_PORT;
  try {
    await listen(wanted);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${wanted} is busy; using an ephemeral port.`);
    await listen(0);
  }

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function portFromEnv(): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.warn(`PORT=${raw} is not a valid port; using ${DEFAULT_PORT}.`);
    return DEFAULT_PORT;
  }
  return port;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  // The reference contact receiver (`demo/receiver/`) answers `POST /api/contact` on the same
  // origin as the page; it is part of the direct run only, so `startServer` stays a static server.
  const { contactFileFromEnv, createReceiver, CONTACT_PATH, DEFAULT_CONTACT_FILE } = await import(
    './receiver/receiver'
  );
  const receiver = createReceiver({ file: contactFileFromEnv() });
  let state: Awaited<typeof receiver.ready>;
  try {
    state = await receiver.ready;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    console.error(`Cannot open the contact requests file ${contactFileFromEnv()}: ${reason}`);
    process.exit(1);
  }
  const { url, close } = await startServer({ port: portFromEnv(), routes: [receiver] });
  console.log(`Askwell demo: ${url}`);
  const list = `npx tsx demo/receiver/cli.ts --list${
    state.file === DEFAULT_CONTACT_FILE ? '' : ` ${JSON.stringify(state.file)}`
  }`;
  console.log(
    `Contact requests (POST ${CONTACT_PATH}) are stored in ${state.file} ` +
      `(${state.stored} so far; read them with \`${list}\`).`,
  );
  if (state.skipped)
    console.warn(`  ${state.skipped} unreadable line(s) in that file were skipped.`);
  if (state.repairedTail === 'dropped') {
    console.warn('  An interrupted, unanswered write at the end of that file was removed.');
  }
  const stop = () => {
    void close()
      .then(() => receiver.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
