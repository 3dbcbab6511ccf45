import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED } from '../../widget/model/embedded';
import {
  button,
  click,
  composer,
  group,
  launcher,
  log,
  openPanel,
  panel,
  run,
  setup,
  text,
} from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('When the page loads', () => {
  it('shows one named, collapsed launcher and no panel yet', () => {
    const { root, widget } = setup();
    expect(document.querySelectorAll('askwell-widget')).toHaveLength(1);
    expect(widget.host.parentElement).toBe(document.body);
    const l = launcher(root);
    expect(l.getAttribute('aria-label')).toBe('Questions? Chat with us');
    expect(l.getAttribute('aria-expanded')).toBe('false');
    // No dangling aria-controls before the panel exists.
    expect(l.hasAttribute('aria-controls')).toBe(false);
    expect(root.querySelector('[role="dialog"]')).toBeNull();
  });

  it('styles only through adopted stylesheets (launcher and chat), never <style> or a style string', () => {
    const { root } = setup();
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.querySelectorAll('style, link')).toHaveLength(0);
    // (Vitest serves `?inline` CSS empty; the real stylesheet is checked in Chromium.)
    expect(root.querySelectorAll('[style]')).toHaveLength(1); // the theme's custom properties, set per property
  });
});

describe('When the visitor opens the panel', () => {
  it('is a named, non-modal dialog with the log already present, focus in the composer', async () => {
    const rig = setup({ practiceName: 'Riverside Counseling' });
    await openPanel(rig);
    const { root } = rig;
    const dialog = panel(root);
    expect(dialog.hidden).toBe(false);
    expect(dialog.getAttribute('aria-modal')).not.toBe('true');
    const title = root.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('Riverside Counseling');
    expect(launcher(root).getAttribute('aria-expanded')).toBe('true');
    expect(launcher(root).getAttribute('aria-controls')).toBe(dialog.id);
    expect(log(root).querySelectorAll('.m.v')).toHaveLength(0);
    expect(root.activeElement).toBe(composer(root));
    expect(rig.events).toEqual([{ type: 'open', detail: {} }]);
  });

  it('paints the greeting and suggestions in the same task as the open, before the matcher is built', async () => {
    const rig = setup();
    const build = vi.spyOn(globalThis, 'setTimeout');
    await act(() => rig.widget.open());
    // The matcher is still to be built (in the next task); what the visitor reads is there.
    expect(build).toHaveBeenCalled();
    expect(log(rig.root).textContent).toContain(EMBEDDED.greeting.slice(0, 40));
    expect(
      group(rig.root, 'Suggested questions').querySelectorAll('button').length,
    ).toBeGreaterThanOrEqual(3);
    await run(() => rig.widget.ask('Who prescribes the medication?'));
    expect(log(rig.root).textContent).toContain('psychiatrist');
  });

  it('shows the greeting, the disclaimer, suggested chips, header actions and the crisis line', async () => {
    const rig = setup();
    await openPanel(rig);
    const { root } = rig;
    expect(log(root).textContent).toContain('not medical advice');
    expect(
      group(root, 'Suggested questions').querySelectorAll('button').length,
    ).toBeGreaterThanOrEqual(3);
    for (const name of ['Talk to a person', 'Clear conversation', 'Close chat']) {
      expect(button(root, name)).toBeTruthy();
    }
    const banner = panel(root).querySelector('.cb');
    expect(banner?.textContent).toMatch(/In crisis\?.*988.*911/);
    expect([...(banner?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['tel:988', 'sms:988', 'tel:911']),
    );
  });

  it.each([
    ['says it', EMBEDDED.greeting],
    ['lacks it', 'Welcome to the Lakeside practice.'],
  ])(
    'states the disclaimer once, apart from the greeting, when the greeting %s',
    async (_, greeting) => {
      const rig = setup({}, { ...EMBEDDED, greeting });
      await openPanel(rig);
      const disclaimer = 'General information only, not medical advice.';
      const lines = [...log(rig.root).querySelectorAll('p')].map(text);
      expect(lines.filter((l) => l === disclaimer)).toHaveLength(1);
      expect(lines).toContain(greeting);
      // Its own line, outside the greeting's bubble (styled small and muted).
      const own = [...log(rig.root).querySelectorAll('p')].find((p) => text(p) === disclaimer);
      expect(own?.closest('.m')).toBeNull();
    },
  );

  it('closes on Escape, returning focus to the launcher', async () => {
    const rig = setup();
    await openPanel(rig);
    const { root } = rig;
    composer(root).focus();
    await run(() => {
      composer(root).dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
    });
    expect(panel(root).hidden).toBe(true);
    expect(root.activeElement).toBe(launcher(root));
    expect(launcher(root).getAttribute('aria-expanded')).toBe('false');
    expect(rig.events.map((e) => e.type)).toEqual(['open', 'close']);
  });

  it('closes from the close button, returning focus to the launcher', async () => {
    const rig = setup();
    await openPanel(rig);
    await click(button(rig.root, 'Close chat'));
    expect(panel(rig.root).hidden).toBe(true);
    expect(rig.root.activeElement).toBe(launcher(rig.root));
  });

  it('closes from the API while the visitor is in it, returning focus to the launcher', async () => {
    const rig = setup();
    await openPanel(rig);
    await run(() => rig.widget.close());
    expect(panel(rig.root).hidden).toBe(true);
    expect(rig.root.activeElement).toBe(launcher(rig.root));
  });

  it('stays open on an Escape that cancels an IME composition', async () => {
    const rig = setup();
    await openPanel(rig);
    await run(() => {
      composer(rig.root).dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true }),
      );
    });
    expect(panel(rig.root).hidden).toBe(false);
  });

  it('never traps Tab: no key handler cancels it', async () => {
    const rig = setup();
    await openPanel(rig);
    for (const shiftKey of [false, true]) {
      const tab = new KeyboardEvent('keydown', {
        key: 'Tab',
        shiftKey,
        bubbles: true,
        cancelable: true,
      });
      composer(rig.root).dispatchEvent(tab);
      expect(tab.defaultPrevented).toBe(false);
    }
  });

  it('toggles from the launcher and the API', async () => {
    const rig = setup();
    await click(launcher(rig.root));
    await click(launcher(rig.root));
    expect(panel(rig.root).hidden).toBe(true);
    await run(() => rig.widget.toggle());
    expect(panel(rig.root).hidden).toBe(false);
    expect(rig.events.map((e) => e.type)).toEqual(['open', 'close', 'open']);
  });

  it('destroy() removes the element', async () => {
    const rig = setup();
    await openPanel(rig);
    await run(() => rig.widget.destroy());
    expect(document.querySelector('askwell-widget')).toBeNull();
  });
});
