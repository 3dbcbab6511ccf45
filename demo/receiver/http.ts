/**
 * Small HTTP pieces of the demo's receiver, also used by the knowledge studio's server: a bounded
 * body reader, a way to finish with a request whose body was not read, and JSON answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A slow or stalled upload is cut (the client sees a network error and may retry). */
export const BODY_TIMEOUT_MS = 10_000;
/** After an early answer, at most this much more of the unread body is read (and dropped). */
const DRAIN_LIMIT = 64 * 1024;
const DRAIN_TIMEOUT_MS = 5_000;

export type BodyResult = Buffer | 'too-large' | 'gone';

/**
 * Reads the request body, keeping at most `limit` bytes: a declared `Content-Length` over the
 * limit is refused before reading anything, and a longer (e.g. chunked) body is refused as soon as
 * it passes the limit. `gone` means the client disconnected or stalled: there is no one to answer.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise<BodyResult>((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        finish('too-large');
      } else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onGone = () => finish('gone');
    const onClose = () => {
      if (!req.complete) finish('gone');
    };
    const timer = setTimeout(() => {
      finish('gone');
      req.socket.destroy();
    }, BODY_TIMEOUT_MS);
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onGone);
    req.once('close', onClose);
  });
}

/**
 * After answering without reading the whole body (413, 415, 429): drop what is still arriving so
 * the client can read the answer (closing a socket with unread input makes the kernel send a
 * reset, which can destroy the answer in flight), but never more than a little: a client that keeps
 * sending is cut off.
 */
export function discardRest(req: IncomingMessage, limit = DRAIN_LIMIT): void {
  if (req.complete || req.destroyed) return;
  let dropped = 0;
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_TIMEOUT_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limit) req.socket.destroy();
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export type MediaType = 'json' | 'form';

/** `application/json` or `application/x-www-form-urlencoded`, in UTF-8 (or no charset); else null. */
export function mediaType(header: string | undefined): MediaType | null {
  if (!header) return null;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  for (const param of params) {
    const [name, value = ''] = param.split('=').map((s) => s.trim());
    if (name === 'charset' && !['utf-8', 'utf8', '"utf-8"'].includes(value)) return null;
  }
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return null;
}
