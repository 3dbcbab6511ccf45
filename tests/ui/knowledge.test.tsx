import { afterEach, describe, expect, it, vi } from 'vitest';
import { WARN } from '../../widget/core';
import { EMBEDDED } from '../../widget/model/embedded';
import { button, click, log, openPanel, Q, run, setup, type } from './helpers';

const URL = 'https://cdn.example.org/faq.json';
/** A practice reachable somehow: no "no contact route" warning among the ones asserted here. */
const phone = { contactPhone: '+1 555 555 0123' };
const custom = { ...EMBEDDED, greeting: 'Welcome to the Lakeside practice.' };

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function serve(respond: () => Promise<Response>) {
  const fetch = vi.fn(respond);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const json = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('A runtime knowledge URL', () => {
  it('is fetched on first open, not at page load, without credentials', async () => {
    const fetch = serve(() => json(custom));
    const rig = setup({ knowledge: URL, ...phone });
    expect(fetch).not.toHaveBeenCalled();
    await openPanel(rig);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((fetch.mock.calls[0] as unknown[])[0]).toBe(URL);
    expect((fetch.mock.calls[0] as unknown[])[1]).toMatchObject({ credentials: 'omit' });
    expect(log(rig.root).textContent).toContain('Welcome to the Lakeside practice.');
    await run(() => rig.widget.close());
    await openPanel(rig);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(rig.warnings).toEqual([]);
  });

  it('answers a question asked while it loads, once it has loaded', async () => {
    let release: (r: Response) => void = () => {};
    serve(() => new Promise((resolve) => (release = resolve)));
    const rig = setup({ knowledge: URL, ...phone });
    await openPanel(rig);
    expect(log(rig.root).textContent).toContain('Loading…');
    await type(rig.root, Q.typed.text);
    expect(rig.events.map((e) => e.type)).toEqual(['open']);
    await run(() => release(new Response(JSON.stringify(custom))));
    expect(rig.events.at(-1)?.detail).toEqual({ outcome: 'answer', entryId: Q.typed.id });
  });

  it('never makes a crisis message wait for it: the card shows at once', async () => {
    serve(() => new Promise(() => {})); // a knowledge URL that never answers
    const rig = setup({ knowledge: URL, ...phone });
    await openPanel(rig);
    await type(rig.root, 'i want to kill myself');
    expect(rig.events.at(-1)?.detail).toEqual({ outcome: 'crisis' });
    const links = [...rig.root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('tel:988');
  });

  it('drops a reply still waiting for it when the visitor clears the conversation', async () => {
    let release: (r: Response) => void = () => {};
    serve(() => new Promise((resolve) => (release = resolve)));
    const rig = setup({ knowledge: URL, ...phone });
    await openPanel(rig);
    await type(rig.root, Q.typed.text);
    await click(button(rig.root, 'Clear conversation'));
    await run(() => release(new Response(JSON.stringify(custom))));
    expect(log(rig.root).querySelectorAll('.m')).toHaveLength(1); // the greeting alone
    expect(rig.events.map((e) => e.type)).toEqual(['open']);
  });

  const failures: [string, () => Promise<Response>, string | RegExp][] = [
    ['404', () => json({}, 404), WARN.httpStatus(URL, 404)],
    ['500', () => json({}, 500), WARN.httpStatus(URL, 500)],
    ['invalid JSON', () => Promise.resolve(new Response('{"version": 1,')), WARN.notJson(URL)],
    [
      'a schema error',
      () => json({ version: 2, greeting: 7, entries: 'none' }),
      /^Askwell: knowledge from https:\/\/cdn\.example\.org\/faq\.json is not valid: .+; using the built-in knowledge instead\.$/,
    ],
    [
      'a network error',
      () => Promise.reject(new TypeError('Failed to fetch')),
      WARN.fetchFailed(URL, 'TypeError: Failed to fetch'),
    ],
  ];

  it.each(failures)(
    'on %s: warns why and works on the embedded knowledge',
    async (_, respond, warning) => {
      serve(respond);
      const rig = setup({ knowledge: URL, ...phone });
      await openPanel(rig);
      await run(() => {});
      expect(rig.warnings).toHaveLength(1);
      if (typeof warning === 'string') expect(rig.warnings[0]).toBe(warning);
      else expect(rig.warnings[0]).toMatch(warning);
      expect(log(rig.root).textContent).toContain(EMBEDDED.greeting);
      await type(rig.root, Q.typed.text);
      expect(rig.events.at(-1)?.detail).toEqual({ outcome: 'answer', entryId: Q.typed.id });
    },
  );

  it('names the schema problems in the warning', async () => {
    serve(() => json({ ...custom, suggestions: 'why-combine' }));
    const rig = setup({ knowledge: URL, ...phone });
    await openPanel(rig);
    await run(() => {});
    expect(rig.warnings[0]).toContain('suggestions');
  });

  it('a knowledge object passed to mount() is validated the same way', async () => {
    const rig = setup({ knowledge: { ...custom, entries: [] } as never, ...phone });
    await openPanel(rig);
    expect(rig.warnings[0]).toMatch(/^Askwell: knowledge from the knowledge option is not valid/);
    expect(log(rig.root).textContent).toContain(EMBEDDED.greeting);
  });
});
