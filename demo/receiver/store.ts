/**
 * The receiver's storage: one JSON line per accepted contact request, appended to one file by one
 * writer and synced to disk before anyone is told it was stored.
 *
 * - Appends are queued and written in batches (group commit): whatever arrived while the previous
 *   batch was being synced is written with one `write` and one `fdatasync`, so lines never
 *   interleave and a burst costs one sync, not one per request.
 * - A failed write or sync is rolled back (the file is truncated to its size before the batch), so a
 *   request answered 500 is never half-stored and its retry stores it once.
 * - On open, a final line torn by a crash (no trailing newline) is dropped when it does not parse:
 *   it was never answered 201, because answers wait for the sync. A complete final record that only
 *   lacks its newline is kept and terminated. Unreadable lines elsewhere are skipped and counted.
 *
 * One process writes a file; run one receiver per file.
 */
import { createReadStream } from 'node:fs';
import fsp, { type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ContactRequest } from '../../widget/core';

/** One stored contact request (one line of the file): the request, less the spam checks. */
export type StoredRequest = Omit<ContactRequest, 'website' | 'fillMs'> & {
  reference: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
};

export interface LoadResult {
  /** Every readable record, in file order. */
  records: StoredRequest[];
  /** Lines that are not records (counted; their content is never printed). */
  skipped: number[];
  /** Bytes after the last newline: an interrupted write (or a record missing its newline). */
  tail: { start: number; bytes: Buffer } | null;
  /** Size of the file in bytes (0 when it does not exist). */
  size: number;
}

const NEWLINE = 0x0a;

export function parseRecord(line: string): StoredRequest | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  return typeof r.reference === 'string' &&
    typeof r.idempotencyKey === 'string' &&
    typeof r.receivedAt === 'string' &&
    typeof r.name === 'string' &&
    typeof r.message === 'string'
    ? (r as unknown as StoredRequest)
    : null;
}

/** Reads a JSON-lines file in chunks (never the whole file at once); a missing file is empty. */
export async function loadRecords(file: string): Promise<LoadResult> {
  const result: LoadResult = { records: [], skipped: [], tail: null, size: 0 };
  const info = await fsp.stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!info) return result;
  if (!info.isFile()) throw new Error(`${file} is not a regular file`);

  let carry: Buffer[] = [];
  let carryStart = 0; // byte offset of the line being assembled
  let offset = 0; // byte offset of the current chunk
  let lineNumber = 0;
  const take = (bytes: Buffer) => {
    lineNumber++;
    const text = bytes.toString('utf8').trim();
    if (!text) return;
    const record = parseRecord(text);
    if (record) result.records.push(record);
    else result.skipped.push(lineNumber);
  };
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    let from = 0;
    for (let i = buf.indexOf(NEWLINE); i !== -1; i = buf.indexOf(NEWLINE, from)) {
      carry.push(buf.subarray(from, i));
      take(Buffer.concat(carry));
      carry = [];
      from = i + 1;
      carryStart = offset + from;
    }
    if (from < buf.length) carry.push(buf.subarray(from));
    offset += buf.length;
  }
  result.size = offset;
  if (carry.length) result.tail = { start: carryStart, bytes: Buffer.concat(carry) };
  return result;
}

export interface OpenedLog {
  log: AppendLog;
  records: StoredRequest[];
  skipped: number[];
  /** What happened to a final line without a newline, if there was one. */
  repairedTail: 'kept' | 'dropped' | null;
}

/** Writes all of `bytes` (a single `write` may write fewer). */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

/** Makes a newly created file's directory entry durable too (best effort: not on every OS). */
async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Directories cannot be opened or synced everywhere (Windows); the file itself is synced.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Loads the file (creating its folder), repairs a torn final line, and opens it for appending. */
export async function openLog(file: string): Promise<OpenedLog> {
  const dir = dirname(file);
  // Personal, health-adjacent information: readable by the account running the receiver only
  // (modes apply to what is created here; an existing file or folder keeps its own).
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  const loaded = await loadRecords(file);
  const handle = await fsp.open(file, 'a', 0o600);
  let repairedTail: OpenedLog['repairedTail'] = null;
  let size = loaded.size;
  try {
    if (loaded.tail) {
      const record = parseRecord(loaded.tail.bytes.toString('utf8').trim());
      if (record) {
        await writeAll(handle, Buffer.from('\n'));
        size += 1;
        loaded.records.push(record);
        repairedTail = 'kept';
      } else {
        await handle.truncate(loaded.tail.start);
        size = loaded.tail.start;
        repairedTail = 'dropped';
      }
      await handle.datasync();
    }
    if (loaded.size === 0) {
      await handle.datasync();
      await syncDir(dir);
    }
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
  return {
    log: new AppendLog(handle, size),
    records: loaded.records,
    skipped: loaded.skipped,
    repairedTail,
  };
}

interface Pending {
  bytes: Buffer;
  ok: () => void;
  fail: (error: unknown) => void;
}

/** A single-writer, group-committing, append-only log. */
export class AppendLog {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private broken: unknown = null;
  private closed = false;

  constructor(
    private readonly handle: FileHandle,
    private size: number,
  ) {}

  /** Resolves once `line` (with its newline) is written and synced; rejects when it is not stored. */
  append(line: string): Promise<void> {
    if (this.closed) return Promise.reject(new Error('log closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<void>((ok, fail) => {
      this.queue.push({ bytes: Buffer.from(`${line}\n`, 'utf8'), ok, fail });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    await Promise.resolve(); // never settle synchronously: `flushing` is assigned after this returns
    while (this.queue.length) {
      const batch = this.queue.splice(0);
      if (this.broken) {
        for (const p of batch) p.fail(this.broken);
        continue;
      }
      const bytes = Buffer.concat(batch.map((p) => p.bytes));
      const before = this.size;
      try {
        await writeAll(this.handle, bytes);
        await this.handle.datasync();
        this.size = before + bytes.length;
        for (const p of batch) p.ok();
      } catch (error) {
        // Roll back whatever part of the batch reached the file: nobody was told it was stored.
        try {
          await this.handle.truncate(before);
          await this.handle.datasync();
        } catch {
          // The file may now hold part of an unanswered batch: stop writing until a restart, whose
          // loader drops a torn line (and replays, rather than duplicates, any complete one).
          this.broken = error;
        }
        for (const p of batch) p.fail(error);
      }
    }
    this.flushing = null;
  }

  /** Waits for queued appends, then closes the file. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.flushing) await this.flushing;
    await this.handle.close();
  }
}
