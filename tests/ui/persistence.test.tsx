import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '../../widget/model/storage';
import { button, click, entry, group, log, openPanel, Q, run, setup, type } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const stored = () => sessionStorage.getItem(STORAGE_KEY) ?? '';

describe('When the visitor moves to another page in the same tab', () => {
  it('keeps the conversation in sessionStorage and shows it again', async () => {
    const first = setup();
    await openPanel(first);
    await type(first.root, Q.typed.text);
    expect(stored()).toContain(Q.typed.text);
    first.widget.host.remove(); // the page goes away; nothing is destroyed

    const next = setup();
    await openPanel(next);
    expect(log(next.root).textContent).toContain(Q.typed.text);
    expect(log(next.root).textContent).toContain(entry(Q.typed.id).answer.slice(0, 40));
    // Restoring is not a new outcome.
    expect(next.events.map((e) => e.type)).toEqual(['open']);
  });

  it('touches no cookies and no localStorage', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, Q.typed.text);
    expect(document.cookie).toBe('');
    expect(localStorage.length).toBe(0);
    expect(setItem.mock.contexts.every((store) => store === sessionStorage)).toBe(true);
  });

  it('"Clear conversation" wipes the screen and storage at once', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, Q.typed.text);
    await click(button(rig.root, 'Clear conversation'));
    expect(log(rig.root).textContent).not.toContain(Q.typed.text);
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(rig.root.querySelector('[role="status"]')?.textContent).toBe('Conversation cleared.');
    // The greeting and suggestions stay, ready for a new question.
    expect(
      group(rig.root, 'Suggested questions').querySelectorAll('button').length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('destroy() removes the saved conversation with the widget', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, Q.typed.text);
    await run(() => rig.widget.destroy());
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    const next = setup();
    await openPanel(next);
    expect(log(next.root).textContent).not.toContain(Q.typed.text);
  });

  it('with persist "none" keeps it in memory only', async () => {
    const rig = setup({ persist: 'none' });
    await openPanel(rig);
    await type(rig.root, Q.typed.text);
    expect(log(rig.root).textContent).toContain(Q.typed.text);
    expect(sessionStorage.length).toBe(0);
  });

  it('falls back to memory, silently, when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const error = vi.spyOn(console, 'error');
    const rig = setup({ contactPhone: '+1 555 555 0123' });
    await openPanel(rig);
    await type(rig.root, Q.typed.text);
    expect(log(rig.root).textContent).toContain(Q.typed.text);
    expect(rig.events.at(-1)?.type).toBe('answer');
    expect(error).not.toHaveBeenCalled();
    expect(rig.warnings).toEqual([]);
  });

  it('falls back to memory when even reaching sessionStorage throws', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage');
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const rig = setup();
      await openPanel(rig);
      await type(rig.root, Q.typed.text);
      expect(rig.events.at(-1)?.type).toBe('answer');
    } finally {
      if (original) Object.defineProperty(globalThis, 'sessionStorage', original);
    }
  });

  it.each([
    ['a corrupt', '{"messages":[{"id":"x"}]'],
    ["an older version's", '{"v":1,"messages":[{"id":1,"from":"visitor","text":"hi"}]}'],
    [
      'a tampered handoff',
      '{"v":2,"messages":[{"id":1,"kind":"visitor","text":"hi"},{"id":2,"kind":"handoff","reason":"no-match","asked":5}]}',
    ],
    [
      'a tampered confirmation',
      '{"v":2,"messages":[{"id":1,"kind":"visitor","text":"hi"},{"id":2,"kind":"sent","by":"pigeon"}]}',
    ],
  ])('ignores %s saved conversation', async (_, saved) => {
    sessionStorage.setItem(STORAGE_KEY, saved);
    const rig = setup();
    await openPanel(rig);
    expect(log(rig.root).querySelectorAll('.m.v')).toHaveLength(0);
  });
});
