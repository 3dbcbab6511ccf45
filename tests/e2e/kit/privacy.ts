/** The privacy checks every hardening journey ends with. */
import { strict as assert } from 'node:assert';
import { events, type Visit } from './visit';

/** A string an event may carry: an id or an outcome word, nothing a visitor could have written. */
const ID_LIKE = /^[a-z0-9][a-z0-9:_-]{0,63}$/;

/**
 * The privacy checks every hardening journey ends with: no cookies, no localStorage keys, no
 * request to another origin, no network request but the configured knowledge URL, and no
 * visitor text (nor any free text) in any `askwell*` event detail.
 */
export async function expectPrivate(
  v: Visit,
  typed: readonly string[],
  { knowledge = [] as string[] } = {},
): Promise<{ events: number }> {
  const { page, context } = v;
  assert.deepEqual(await context.cookies(), [], 'cookies were set');
  const local = await page.evaluate(() => {
    try {
      return Object.keys(localStorage);
    } catch (e) {
      return [`(localStorage threw: ${String(e)})`];
    }
  });
  assert.deepEqual(local, [], 'localStorage keys');
  assert.deepEqual(v.foreignRequests, [], 'requests to other origins');
  const network = v.requests.filter((r) =>
    ['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon', 'other'].includes(r.type),
  );
  const unexpected = network.filter((r) => !knowledge.some((k) => r.url.endsWith(k)));
  assert.deepEqual(unexpected, [], 'network requests other than the configured knowledge URL');
  const recorded = await events(page);
  for (const e of recorded) {
    const strings: string[] = [];
    const walk = (x: unknown) => {
      if (typeof x === 'string') strings.push(x);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(e.detail);
    const detail = JSON.stringify(e.detail);
    const free = strings.filter((s) => !ID_LIKE.test(s));
    assert.deepEqual(free, [], `${e.type} carries free text: ${detail}`);
    for (const text of typed) {
      const t = text.trim().toLowerCase();
      if (t.length < 4 || ID_LIKE.test(t)) continue;
      assert.ok(!detail.toLowerCase().includes(t), `${e.type} carries visitor text: ${detail}`);
    }
  }
  return { events: recorded.length };
}
