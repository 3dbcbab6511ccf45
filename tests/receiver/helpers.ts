/** Shared pieces of the receiver tests: a receiver on an ephemeral port, requests, the file. */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver, type Receiver, type ReceiverOptions } from '../../demo/receiver/receiver';
import { startServer } from '../../demo/serve';

export interface Running {
  url: string;
  endpoint: string;
  port: number;
  file: string;
  receiver: Receiver;
  logs: string[];
  /** Stops the server and the receiver (the file stays). */
  stop: () => Promise<void>;
}

export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'askwell-receiver-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function startReceiver(
  options: Partial<ReceiverOptions> & { file: string },
): Promise<Running> {
  const logs: string[] = [];
  const receiver = createReceiver({
    rateLimit: false,
    log: (line) => logs.push(line),
    ...options,
  });
  const { url, port, close } = await startServer({ port: 0, roots: [], routes: [receiver] });
  return {
    url,
    port,
    endpoint: `${url}api/contact`,
    file: options.file,
    receiver,
    logs,
    stop: async () => {
      await close();
      await receiver.close();
    },
  };
}

export const newKey = () => randomUUID();

/** A request a person would send (filled in more than 3 s). */
export function contact(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Dana Example',
    email: 'dana@example.com',
    preferredContact: 'email',
    message: 'Do you offer evening appointments?',
    consent: true,
    idempotencyKey: newKey(),
    fillMs: 12_000,
    ...overrides,
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function post(
  endpoint: string,
  body: unknown,
  init: { headers?: Record<string, string>; raw?: boolean } = {},
): Promise<Answer> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: init.raw ? (body as string) : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

/** A request through `node:http` (for a chosen local address). */
export function rawPost(
  endpoint: string,
  body: string,
  options: { localAddress?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      endpoint,
      {
        method: 'POST',
        localAddress: options.localAddress,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Every complete line of the file, parsed; a final line without its newline is returned apart. */
export async function readLines(
  file: string,
): Promise<{ records: Record<string, unknown>[]; torn: string | null }> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const parts = text.split('\n');
  const last = parts.pop() ?? '';
  return {
    records: parts.map((line) => JSON.parse(line) as Record<string, unknown>),
    torn: last === '' ? null : last,
  };
}
