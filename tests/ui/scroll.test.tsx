import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollTarget } from '../../widget/ui/scrollTarget';
import { log, openPanel, Q, type Rig, setup, type } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

const VIEW = 400;
const PAD = 12;
const GAP = 10;

/**
 * happy-dom has no layout: this gives the conversation one, in the shape of the real one (the log
 * 400 px tall, its children stacked), so a test can see what is in view.
 */
function layOut(rig: Rig, height: (el: Element) => number) {
  const el = log(rig.root);
  const offset = (child: Element | null) => {
    let y = PAD;
    for (const c of el.children) {
      if (c === child) break;
      y += height(c) + GAP;
    }
    return y;
  };
  Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => VIEW });
  Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => offset(null) });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = this === el ? 0 : offset(this) - el.scrollTop;
    return { top, bottom: top + height(this) } as DOMRect;
  });
  /** Whether the element's first line (its top 24 px) is inside the visible part of the log. */
  return (child: Element) => {
    const { top } = child.getBoundingClientRect();
    return top >= 0 && top + 24 <= VIEW;
  };
}

const LONG = 700;
const heights = (el: Element) =>
  el.classList.contains('d') ? 20 : el.classList.contains('v') ? 44 : LONG;

describe('When a long reply arrives', () => {
  it.each([
    ['an answer', Q.typed.text],
    ['the crisis card', Q.crisis],
  ])(
    '%s opens at its first line, with the question above it, not scrolled to its end',
    async (_, question) => {
      const rig = setup();
      await openPanel(rig);
      const inView = layOut(rig, heights);
      await type(rig.root, question);
      const [asked, reply] = [...log(rig.root).querySelectorAll('.m')].slice(-2) as [
        Element,
        Element,
      ];
      expect(asked.textContent).toContain(question);
      expect(inView(asked)).toBe(true);
      expect(inView(reply)).toBe(true);
      const el = log(rig.root);
      expect(el.scrollTop).toBeLessThan(el.scrollHeight - VIEW);
    },
  );

  it('a short reply and its question: the end of the conversation, both in view', async () => {
    const rig = setup();
    await openPanel(rig);
    const inView = layOut(rig, (el) => (el.classList.contains('v') ? 44 : 120));
    await type(rig.root, Q.typed.text);
    const [asked, reply] = [...log(rig.root).querySelectorAll('.m')].slice(-2) as [
      Element,
      Element,
    ];
    expect([inView(asked), inView(reply)]).toEqual([true, true]);
    const el = log(rig.root);
    expect(el.scrollTop).toBe(el.scrollHeight - VIEW);
  });
});

describe('scrollTarget', () => {
  it.each([
    // view, end, reply top, question top → scrollTop
    [400, 2000, 1000, 950, 942], // long reply: the question (short) at the top
    [400, 2000, 1000, 700, 992], // a question taller than a third of the view: the reply's start
    [400, 900, 1000, 950, 900], // it all fits: the end
    [400, 2000, 1000, undefined, 992], // no question (a chip, "Talk to a person")
    [400, 0, 40, 10, 0], // nothing to scroll
  ])('view %d, end %d, reply at %d, question at %s → %d', (view, end, reply, question, want) => {
    expect(scrollTarget(view, end, reply, question)).toBe(want);
  });
});
