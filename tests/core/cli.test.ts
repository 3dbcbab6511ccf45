// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = join('node_modules', '.bin', 'tsx');
const ask = (args: string[], input?: string) => {
  const child = run(tsx, ['knowledge/ask.ts', ...args]);
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
};

describe('npm run ask (the contract other tools rely on)', () => {
  it('prints the reply as a visitor reads it', async () => {
    const { stdout } = await ask(['who prescribes the meds?']);
    expect(stdout).toMatch(/psychiatrist/i);
  });

  it('prints one JSON object on one line with --json', async () => {
    const { stdout } = await ask(['--json', 'who prescribes the meds?']);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({
      question: 'who prescribes the meds?',
      outcome: 'answer',
      entryId: 'who-prescribes',
      answer: expect.any(String),
      score: expect.any(Number),
    });
  });

  it('says why a handoff happened: no-match, topic, personal or requested', async () => {
    const { stdout } = await ask(
      ['--json'],
      'recommend a pizza place\nhow much does therapy cost\nmy wife and I fight every night and I feel so alone, what should I do?\ntalk to a person\n',
    );
    const reasons = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).reason);
    expect(reasons).toEqual(['no-match', 'topic', 'personal', 'requested']);
  });

  it('reads standard input, one question per line, and answers in the same order', async () => {
    const { stdout } = await ask(
      ['--json'],
      'i want to kill myself\nhow much does therapy cost\ntherapy and medication\n\nhello\n',
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.outcome)).toEqual([
      'crisis',
      'handoff',
      'clarify',
      'handoff',
      'answer',
    ]);
    expect(lines[0].answer).toMatch(/988/);
    expect(lines[2].suggestions[0]).toEqual({
      entryId: expect.any(String),
      question: expect.any(String),
    });
  });

  it("answers in the question's language, and reports it; --lang forces one", async () => {
    const { stdout } = await ask(
      ['--json'],
      '¿cuánto cuesta una consulta?\nquién me receta los medicamentos?\nwho prescribes the meds?\n',
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.outcome, l.lang])).toEqual([
      ['handoff', 'es'],
      ['answer', 'es'],
      ['answer', 'en'],
    ]);
    expect(lines[0]).toMatchObject({ reason: 'topic', topic: 'fees' });
    expect(lines[1]).toMatchObject({
      entryId: 'who-prescribes',
      answer: expect.stringMatching(/psiquiatra/),
    });
    const forced = await ask(['--json', '--lang', 'en', 'quién me receta los medicamentos?']);
    expect(JSON.parse(forced.stdout).lang).toBe('en');
  });

  it('hands a Spanish question to staff when the knowledge has no Spanish (reason "language")', async () => {
    const { stdout } = await ask([
      '--json',
      '--knowledge',
      'knowledge/faq.json',
      '¿qué es el manejo de medicamentos?',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({
      outcome: 'handoff',
      reason: 'language',
      lang: 'es',
    });
  });

  it('uses another knowledge file with --knowledge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'askwell-'));
    const faq = JSON.parse(readFileSync('knowledge/faq.json', 'utf8'));
    faq.entries[0].answer = 'A staff edit, not yet published.';
    writeFileSync(join(dir, 'faq.json'), JSON.stringify(faq));
    const { stdout } = await ask([
      '--knowledge',
      join(dir, 'faq.json'),
      '--json',
      faq.entries[0].question,
    ]);
    expect(JSON.parse(stdout).answer).toBe('A staff edit, not yet published.');
  });
});

describe('npm run knowledge:check', () => {
  it('passes the shipped knowledge, in each of its languages', async () => {
    const { stdout } = await run(tsx, ['knowledge/check.ts']);
    expect(stdout).toMatch(/faq\.json \(en\): 14 entries.* 0 error\(s\)/);
    expect(stdout).toMatch(/faq\.es\.json \(es\): 14 entries.* 0 error\(s\)/);
  });

  it('fails a translation that lacks an entry or has one the other file lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'askwell-'));
    const es = JSON.parse(readFileSync('knowledge/faq.es.json', 'utf8'));
    es.entries = es.entries.filter((e: { id: string }) => e.id !== 'get-started');
    es.entries[0].id = 'por-que-combinar';
    for (const e of es.entries) e.related = [];
    es.suggestions = ['medication-management'];
    writeFileSync(join(dir, 'faq.es.json'), JSON.stringify(es));
    const error = await run(tsx, [
      'knowledge/check.ts',
      'knowledge/faq.json',
      join(dir, 'faq.es.json'),
    ]).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stdout).toContain('the entry "get-started" has no es version');
    expect(error.stdout).toContain('the entry "why-combine" has no es version');
    expect(error.stdout).toContain('the entry "por-que-combinar" is not in the en file');
  });

  it('fails a broken file, naming the place and the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'askwell-'));
    const faq = JSON.parse(readFileSync('knowledge/faq.json', 'utf8'));
    faq.entries[1].related = ['no-such-entry'];
    faq.entries[2].alternates.push(faq.entries[3].alternates[0]);
    writeFileSync(join(dir, 'faq.json'), JSON.stringify(faq));
    const error = await run(tsx, ['knowledge/check.ts', join(dir, 'faq.json')]).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stdout).toContain('$.entries[1].related[0]');
    expect(error.stdout).toMatch(/fix: /);
  });
});
