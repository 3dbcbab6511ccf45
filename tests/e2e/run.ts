/**
 * The real-browser suite: `npm run test:e2e` (builds first) or `tsx tests/e2e/run.ts [filter]`.
 * Needs Debian's Chromium (`apt-get install -y chromium`; CHROMIUM_PATH to use another).
 * Prints one line per test and ends with exactly `N passed, N failed`; exits 1 on any failure.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../demo/serve';
import { axeSummary, axeTests, screenshotTests } from './a11y';
import { contactTests } from './contact';
import { cspTests } from './csp';
import { hardening } from './hardening';
import { journeys } from './journeys';
import { CHROMIUM_PATH, DIST, launchChromium, ROOT } from './kit';
import { liveTests } from './live';
import { loaderTests } from './loader';
import { runTests } from './runner';
import { spanishTests } from './spanish';
import { studioTests } from './studio';

/** The quality bar's strict policy: no 'unsafe-inline' anywhere, Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

async function main(): Promise<number> {
  const started = Date.now();
  const filter = process.argv[2] ? new RegExp(process.argv[2], 'i') : undefined;
  for (const file of ['askwell.js', 'faq.json']) {
    if (!existsSync(join(DIST, file))) {
      console.error(
        `${join(DIST, file)} is missing: run \`npm run build\` (or \`npm run test:e2e\`).`,
      );
      console.log('0 passed, 1 failed');
      return 1;
    }
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
    console.log('0 passed, 1 failed');
    return 1;
  }

  const roots = [join(ROOT, 'demo'), DIST];
  const server = await startServer({ port: 0, roots });
  const csp = await startServer({
    port: 0,
    roots,
    htmlHeaders: { 'Content-Security-Policy': STRICT_CSP },
  });
  // Fail fast (not once per test) when the server cannot serve the widget.
  const probe = await fetch(new URL('askwell.js', server.url));
  if (!probe.ok || !/javascript/.test(probe.headers.get('content-type') ?? '')) {
    console.error(`GET /askwell.js → ${probe.status} ${probe.headers.get('content-type')}`);
    await server.close();
    await csp.close();
    console.log('0 passed, 1 failed');
    return 1;
  }
  const browser = await launchChromium();
  console.log(`Chromium ${browser.version()} · demo at ${server.url}`);
  let failed = 0;
  let passed = 0;
  try {
    const results = await runTests(
      [
        ...journeys,
        ...axeTests,
        ...screenshotTests,
        ...contactTests,
        ...spanishTests,
        ...cspTests,
        ...liveTests,
        ...loaderTests,
        ...hardening,
        ...studioTests,
      ],
      { browser, url: server.url, urls: { csp: csp.url } },
      filter,
    );
    passed = results.filter((r) => r.ok).length;
    failed = results.length - passed;
    if (axeSummary.size) {
      console.log(
        `axe violations by state: ${[...axeSummary].map(([s, n]) => `${s} ${n}`).join(' · ')}`,
      );
    }
    if (failed) {
      console.log(
        `\nFailed:\n${results
          .filter((r) => !r.ok)
          .map((r) => `  ✘ ${r.name}`)
          .join('\n')}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await csp.close();
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
