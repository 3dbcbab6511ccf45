// @vitest-environment node
/**
 * A receiver killed with SIGKILL in the middle of a load loses no request it answered 201 for:
 * answers wait for the sync, so whatever was answered is in the file, once, on a complete line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { contact, post, readLines, startReceiver, tempDir } from './helpers';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CHILD = join(ROOT, 'tests', 'receiver', 'child.ts');

const WORKERS = 24;
const KILL_AFTER = 150; // answered requests before the kill

let child: ChildProcess | undefined;
let cleanup: (() => Promise<void>) | undefined;

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await cleanup?.();
});

async function portOf(proc: ChildProcess): Promise<number> {
  const lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
  const exited = once(proc, 'exit').then(([code]) => {
    throw new Error(`receiver child exited early (${code})`);
  });
  const first = new Promise<string>((ok) => lines.once('line', ok));
  const line = await Promise.race([first, exited]);
  lines.close();
  return (JSON.parse(line) as { port: number }).port;
}

it('SIGKILL mid-load: every request answered 201 is in the file exactly once', async () => {
  const temp = await tempDir();
  cleanup = temp.remove;
  const file = join(temp.dir, 'contact-requests.jsonl');
  // `node --import tsx`, not the `tsx` binary: that one runs the script in a child process of its
  // own, so SIGKILL would hit the wrapper and leave the receiver running.
  child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exit = once(child, 'exit');
  const endpoint = `http://127.0.0.1:${await portOf(child)}/api/contact`;

  const answered = new Map<string, string>(); // key → reference, for every 201
  const other: number[] = [];
  let killing = false;
  let killed = false;
  let inFlight = 0;
  let inFlightAtKill = 0;
  let failed = 0;

  const worker = async () => {
    while (!killed) {
      const body = contact();
      inFlight++;
      try {
        const answer = await post(endpoint, body);
        if (answer.status === 201) {
          answered.set(body.idempotencyKey as string, answer.body.reference as string);
        } else other.push(answer.status);
        if (answered.size >= KILL_AFTER && !killing) {
          // Not from here at once: answers come in batches (one per sync), so this moment is a
          // lull. A few milliseconds later the other workers' next requests are being written.
          killing = true;
          setTimeout(
            () => {
              killed = true;
              inFlightAtKill = inFlight;
              child?.kill('SIGKILL');
            },
            1 + Math.floor(Math.random() * 8),
          );
        }
      } catch {
        failed++; // the connection died with the process: unanswered, may or may not be stored
      } finally {
        inFlight--;
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  const [, signal] = await exit;

  expect(signal).toBe('SIGKILL');
  expect(other).toEqual([]);
  expect(inFlightAtKill).toBeGreaterThan(0); // killed mid-load, not after it
  expect(answered.size).toBeGreaterThanOrEqual(KILL_AFTER);

  // Every line parses; only the very last may be torn (an unanswered write).
  const { records, torn } = await readLines(file);
  if (torn !== null) expect(() => JSON.parse(torn)).toThrow();
  const byKey = new Map<string, Record<string, unknown>[]>();
  for (const record of records) {
    const key = record.idempotencyKey as string;
    byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  for (const [key, reference] of answered) {
    expect(byKey.get(key)?.length, key).toBe(1);
    expect(byKey.get(key)?.[0]?.reference).toBe(reference);
  }
  expect([...byKey.values()].every((list) => list.length === 1)).toBe(true);
  // Unanswered requests may have been stored (then a retry replays them) — at most those in flight.
  expect(records.length - answered.size).toBeLessThanOrEqual(WORKERS);
  console.info(
    `durability: ${answered.size} answered 201, ${records.length} stored, ${failed} cut off, ` +
      `${inFlightAtKill} in flight at the kill, torn tail: ${torn === null ? 'no' : 'yes'}`,
  );

  // A new receiver on the same file loads all of it and replays answered keys.
  const before = await readFile(file, 'utf8');
  const server = await startReceiver({ file });
  try {
    expect(await server.receiver.ready).toMatchObject({ stored: records.length, skipped: 0 });
    const [key, reference] = [...answered][0] as [string, string];
    const replay = await post(server.endpoint, contact({ idempotencyKey: key }));
    expect(replay).toMatchObject({ status: 201, body: { reference } });
    const after = await readFile(file, 'utf8');
    expect(after).toBe(torn === null ? before : before.slice(0, before.length - torn.length));
  } finally {
    await server.stop();
  }
}, 20_000);
