// @vitest-environment node
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { formatRequests } from '../../demo/receiver/cli';
import type { StoredRequest } from '../../demo/receiver/store';
import { tempDir } from './helpers';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const record = (overrides: Partial<StoredRequest> = {}): StoredRequest => ({
  reference: 'AW-7K3Q-9F2M',
  receivedAt: '2030-01-01T09:05:12.345Z',
  name: 'Dana Example',
  email: 'dana@example.com',
  preferredContact: 'email',
  message: 'Do you take evening clients?',
  consent: true,
  idempotencyKey: 'key-0000-1',
  ...overrides,
});

it('formats requests for staff, and a message cannot send terminal escapes', () => {
  const text = formatRequests([
    record({ message: 'Line one\nLine two \u001b[2J\u202eevil' }),
    record({
      reference: 'AW-2222-3333',
      email: undefined,
      phone: '555 0100 555',
      preferredContact: 'phone',
    }),
  ]);
  expect(text).toBe(
    [
      'AW-7K3Q-9F2M  2030-01-01 09:05 UTC',
      '  Name:     Dana Example',
      '  Email:    dana@example.com',
      '  Prefers:  email',
      '  Message:',
      '    Line one',
      '    Line two \ufffd[2J\ufffdevil',
      '',
      'AW-2222-3333  2030-01-01 09:05 UTC',
      '  Name:     Dana Example',
      '  Phone:    555 0100 555',
      '  Prefers:  a phone call',
      '  Message:',
      '    Do you take evening clients?',
    ].join('\n'),
  );
});

it('`--list` prints the file, skipping what it cannot read', async () => {
  const { dir, remove } = await tempDir();
  try {
    const file = join(dir, 'requests.jsonl');
    await writeFile(file, `${JSON.stringify(record())}\nnot json\n{"reference":"AW-`);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'demo', 'receiver', 'cli.ts'), '--list', file],
      { cwd: ROOT },
    );
    expect(stdout).toContain(`1 contact request in ${file}`);
    expect(stdout).toContain('AW-7K3Q-9F2M  2030-01-01 09:05 UTC');
    expect(stdout).toContain('Unreadable lines skipped: 2');
    expect(stdout).toContain('The last line is incomplete');
  } finally {
    await remove();
  }
});
