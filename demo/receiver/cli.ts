/**
 * `npx tsx demo/receiver/cli.ts --list [file]`: prints the stored contact requests for staff,
 * oldest first, with anything that could drive a terminal shown as \ufffd.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contactFileFromEnv, DEFAULT_CONTACT_FILE } from './receiver';
import { loadRecords, parseRecord, type StoredRequest } from './store';

/**
 * Control characters (terminal escapes included) and bidirectional overrides shown as `\ufffd`,
 * so a stored message can neither drive the staff's terminal nor disguise itself.
 */
const printable = (text: string) =>
  text.replace(/\p{Cc}|[\u202a-\u202e\u2066-\u2069]/gu, (c) =>
    c === '\n' || c === '\t' ? c : '\ufffd',
  );

const LANGUAGES: Readonly<Record<string, string>> = { en: 'English', es: 'Spanish' };

export function formatRequests(records: readonly StoredRequest[]): string {
  const blocks = records.map((r) => {
    const when = r.receivedAt.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
    const how = { email: 'email', phone: 'a phone call', text: 'a text message' }[
      r.preferredContact
    ];
    const lines = [
      `${r.reference}  ${when}`,
      `  Name:     ${printable(r.name)}`,
      ...(r.email ? [`  Email:    ${printable(r.email)}`] : []),
      ...(r.phone ? [`  Phone:    ${printable(r.phone)}`] : []),
      `  Prefers:  ${how ?? printable(String(r.preferredContact))}`,
      ...(r.lang ? [`  Language: ${LANGUAGES[r.lang] ?? printable(r.lang)} (answer in it)`] : []),
      '  Message:',
      ...printable(r.message)
        .split(/\r?\n/)
        .map((line) => `    ${line}`),
    ];
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

async function listMain(args: readonly string[]): Promise<number> {
  const file = args[0] ? resolve(args[0]) : contactFileFromEnv();
  const { records, skipped, tail } = await loadRecords(file);
  // A complete last record that only lacks its newline is listed; a torn one is not.
  const last = tail && parseRecord(tail.bytes.toString('utf8').trim());
  if (last) records.push(last);
  const count = `${records.length} contact request${records.length === 1 ? '' : 's'}`;
  console.log(`${count} in ${file} (oldest first)\n`);
  if (records.length) console.log(`${formatRequests(records)}\n`);
  if (skipped.length) console.log(`Unreadable lines skipped: ${skipped.join(', ')}`);
  if (tail && !last)
    console.log('The last line is incomplete (a write was interrupted); it is not listed.');
  return 0;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === '--list') {
    process.exitCode = await listMain(args.slice(1));
  } else {
    console.log(
      'Usage: npx tsx demo/receiver/cli.ts --list [file]\n' +
        `  Prints the stored contact requests (default file: ASKWELL_CONTACT_FILE or ${DEFAULT_CONTACT_FILE}).\n` +
        '  The receiver itself runs with `npm run demo`.',
    );
    process.exitCode = args.length ? 2 : 0;
  }
}
