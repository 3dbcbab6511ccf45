import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMatcher } from '../../widget/core';
import { EMBEDDED } from '../../widget/model/embedded';
import {
  button,
  click,
  composer,
  entry,
  group,
  hasButton,
  hrefs,
  latest,
  log,
  openPanel,
  panel,
  Q,
  run,
  setup,
  text,
  type,
} from './helpers';
import { plainText } from './plain';

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

const contact = {
  contactEmail: 'hello@example.com',
  contactPhone: '+1 555 555 0123',
  contactUrl: 'https://example.com/contact',
};

/** Events never carry what the visitor typed: only outcome, entry id, and feedback's yes/no. */
function expectOnlyIds(events: { detail: unknown }[]) {
  for (const { detail } of events) {
    expect(
      Object.keys(detail as object).every((k) => ['outcome', 'entryId', 'helpful'].includes(k)),
    ).toBe(true);
  }
}

describe('When the visitor picks a suggested question', () => {
  it('shows it as their message, then the answer, related chips and "Was this helpful?"', async () => {
    const rig = setup();
    await openPanel(rig);
    const first = entry('why-combine');
    await click(button(log(rig.root), first.question));
    const messages = log(rig.root).querySelectorAll('.m');
    expect(text(messages[1] as Element)).toContain(first.question);
    const answer = messages[2] as Element;
    expect(text(answer)).toContain(plainText(first.answer).slice(0, 60));
    expect(answer.querySelector('strong')?.textContent).toBe('balanced approach');
    const related = entry(first.related?.[0] ?? '');
    expect(hasButton(answer, related.question)).toBe(true);
    expect(hasButton(group(rig.root, 'Was this helpful?', answer), 'Yes')).toBe(true);
    expect(rig.events.at(-1)).toEqual({
      type: 'answer',
      detail: { outcome: 'answer', entryId: 'why-combine' },
    });
  });

  it('answers a related chip the same way', async () => {
    const rig = setup();
    await openPanel(rig);
    const first = entry('why-combine');
    await click(button(log(rig.root), first.question));
    const relatedId = first.related?.[0] ?? '';
    await click(
      button(log(rig.root).querySelectorAll('.m')[2] as Element, entry(relatedId).question),
    );
    expect(rig.events.at(-1)?.detail).toEqual({ outcome: 'answer', entryId: relatedId });
  });

  it('"Was this helpful?" emits askwell:feedback once and thanks the visitor, focus staying put', async () => {
    const rig = setup();
    await openPanel(rig);
    await click(button(log(rig.root), entry('why-combine').question));
    const no = button(group(rig.root, 'Was this helpful?'), 'No');
    no.focus();
    await click(no);
    expect(rig.events.at(-1)).toEqual({
      type: 'feedback',
      detail: { outcome: 'answer', entryId: 'why-combine', helpful: false },
    });
    expect(log(rig.root).textContent).toContain('Thanks for letting us know.');
    // The answer stays visible as given: "No" pressed, both unavailable, focus where it was.
    expect(no.getAttribute('aria-pressed')).toBe('true');
    const yes = button(group(rig.root, 'Was this helpful?'), 'Yes');
    expect([yes, no].map((b) => b.getAttribute('aria-disabled'))).toEqual(['true', 'true']);
    expect(rig.root.activeElement).toBe(no);
    await click(yes);
    expect(rig.events.filter((e) => e.type === 'feedback')).toHaveLength(1);
  });
});

describe('When the visitor types a question', () => {
  it('Enter sends it; the answer for the entry appears', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, Q.typed.text);
    expect(composer(rig.root).value).toBe('');
    expect(log(rig.root).textContent).toContain(Q.typed.text);
    expect(log(rig.root).textContent).toContain(plainText(entry(Q.typed.id).answer).slice(0, 60));
    expect(rig.events.at(-1)?.detail).toEqual({ outcome: 'answer', entryId: Q.typed.id });
    expectOnlyIds(rig.events);
  });

  it('Shift+Enter does not send', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, 'first line', { shiftKey: true });
    expect(composer(rig.root).value).toBe('first line');
    expect(rig.events.map((e) => e.type)).toEqual(['open']);
  });

  it('the send button sends too; blank drafts send nothing', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, '   ');
    expect(log(rig.root).querySelectorAll('.m.v')).toHaveLength(0);
    await run(() => {
      composer(rig.root).value = Q.typed.text;
      composer(rig.root).dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button(rig.root, 'Send'));
    expect(log(rig.root).querySelectorAll('.m.v')).toHaveLength(1);
  });

  it('shows a counter near the limit, tied to the composer', async () => {
    const rig = setup();
    await openPanel(rig);
    expect(rig.root.getElementById('aw-count')).toBeNull();
    await run(() => {
      composer(rig.root).value = 'x'.repeat(990);
      composer(rig.root).dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(rig.root.getElementById('aw-count')?.textContent).toBe('10 characters left');
    expect(composer(rig.root).getAttribute('aria-describedby')).toBe('aw-count');
    expect(composer(rig.root).maxLength).toBe(1000);
  });

  it('shows markup in the question as literal text', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, '<img src=x onerror=alert(1)> <script>x</script>');
    expect(log(rig.root).querySelector('img, script')).toBeNull();
    expect(log(rig.root).textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('When the question is vague', () => {
  it('asks "Did you mean…" with 2–3 chips, and a chip answers', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, Q.vague);
    expect(rig.events.at(-1)).toEqual({ type: 'clarify', detail: { outcome: 'clarify' } });
    const card = latest(rig.root);
    expect(card.textContent).toContain('Did you mean…');
    const chips = [...card.querySelectorAll('button')].filter(
      (b) => b.textContent !== 'None of these',
    );
    expect(chips.length).toBeGreaterThanOrEqual(2);
    expect(chips.length).toBeLessThanOrEqual(3);
    await click(chips[0] as HTMLButtonElement);
    expect(rig.events.at(-1)?.type).toBe('answer');
  });

  it('says "Did you mean…" once: the chips are a group named by that visible line', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, Q.vague);
    const card = latest(rig.root);
    expect(text(card).match(/Did you mean…/g)).toHaveLength(1);
    expect(card.querySelector('legend, [aria-label="Did you mean…"]')).toBeNull();
    const chips = group(rig.root, 'Did you mean…', card);
    expect(hasButton(chips, 'None of these')).toBe(true);
  });

  it('goes inert once a chip is taken: the chips stay, unavailable, and do nothing more', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, Q.vague);
    const card = latest(rig.root);
    const chips = [...card.querySelectorAll('button')];
    await click(chips[0] as HTMLButtonElement);
    expect(chips.every((b) => b.getAttribute('aria-disabled') === 'true')).toBe(true);
    const seen = rig.events.length;
    await click(chips[1] as HTMLButtonElement);
    await click(button(card, 'None of these'));
    expect(rig.events).toHaveLength(seen);
  });

  it('"None of these" hands off honestly with the contact routes, once', async () => {
    const rig = setup(contact);
    await openPanel(rig);
    await type(rig.root, Q.vague);
    const card = latest(rig.root);
    await click(button(card, 'None of these'));
    expect(rig.events.at(-1)).toEqual({ type: 'handoff', detail: { outcome: 'handoff' } });
    const messages = log(rig.root).querySelectorAll('.m');
    expect(text(messages[messages.length - 2] as Element)).toBe('You: None of these');
    const last = latest(rig.root);
    expect(last.textContent).toContain("I don't have an answer to that.");
    // Without a contact endpoint the question goes along: to the contact page, into the email.
    expect(hrefs(last)).toEqual([
      'https://example.com/contact?message=medication',
      'mailto:hello@example.com?subject=A%20question%20from%20your%20website&body=medication',
      'tel:+15555550123',
    ]);
    expect(button(card, 'None of these').getAttribute('aria-disabled')).toBe('true');
    await click(button(card, 'None of these'));
    expect(rig.events.filter((e) => e.type === 'handoff')).toHaveLength(1);
  });

  it('shows a US phone number readably, keeping the digits in the tel: link', async () => {
    const rig = setup(contact);
    await openPanel(rig);
    await click(button(rig.root, 'Talk to a person'));
    const call = [...latest(rig.root).querySelectorAll('a')].find((a) => a.href.startsWith('tel:'));
    expect(call?.textContent).toBe('Call (555) 555-0123');
    expect(call?.getAttribute('href')).toBe('tel:+15555550123');
  });
});

describe('When the practice must answer itself', () => {
  it('hands off an out-of-scope question without answering', async () => {
    const rig = setup(contact);
    await openPanel(rig);
    await type(rig.root, Q.outOfScope);
    expect(rig.events.map((e) => e.type)).toEqual(['open', 'handoff']);
    expect(log(rig.root).textContent).toContain('the practice answers directly');
    expect(hrefs(log(rig.root))).toContain(
      'mailto:hello@example.com?subject=A%20question%20from%20your%20website&body=how%20much%20does%20it%20cost',
    );
  });

  it('"Talk to a person" shows the routes; without any it says to contact the practice', async () => {
    const rig = setup();
    await openPanel(rig);
    await click(button(rig.root, 'Talk to a person'));
    expect(rig.events.at(-1)?.detail).toEqual({ outcome: 'handoff' });
    expect(log(rig.root).textContent).toContain('Please contact the practice directly.');
  });
});

describe('When a message signals a crisis', () => {
  it('a clear hit shows only the crisis card: one-tap links, the notice, no answer, no form', async () => {
    const rig = setup(contact);
    await openPanel(rig);
    await type(rig.root, Q.crisis);
    expect(rig.events.map((e) => e.type)).toEqual(['open', 'crisis']);
    expect(rig.events[1]?.detail).toEqual({ outcome: 'crisis' });
    const card = [...log(rig.root).querySelectorAll('.m')].at(-1) as Element;
    expect(card.textContent).toContain("This chat can't respond to emergencies");
    expect(hrefs(card)).toEqual(expect.arrayContaining(['tel:911', 'tel:988', 'sms:988']));
    expect(hrefs(card).every((h) => /^(tel|sms|https):/.test(h ?? ''))).toBe(true);
    expect(hasButton(card, /different question/)).toBe(false);
    expect(card.querySelector('textarea, input, form')).toBeNull();
    expect(hasButton(card, 'Yes')).toBe(false);
  });

  it('a weaker-tier hit shows the card first; "I have a different question" answers that question normally', async () => {
    const rig = setup();
    await openPanel(rig);
    const words = 'I feel worthless, can medication help';
    await type(rig.root, words);
    expect(rig.events.map((e) => e.type)).toEqual(['open', 'crisis']);
    const card = latest(rig.root);
    expect(hrefs(card)).toContain('tel:988');
    await click(button(card, 'I have a different question'));
    expect(hasButton(log(rig.root), 'I have a different question')).toBe(false);
    // What the same message gets without the crisis screen: answer, clarify or handoff.
    const normal = createMatcher(EMBEDDED).match(words, { screen: false });
    expect(rig.events.slice(2).map((e) => e.type)).toEqual([normal.outcome]);
    expect(normal.outcome).not.toBe('crisis');
    // The button went away: focus goes to the composer, not to <body>.
    expect(rig.root.activeElement).toBe(composer(rig.root));
    expectOnlyIds(rig.events);
  });

  it('keeps the crisis line visible whatever happens', async () => {
    const rig = setup();
    await openPanel(rig);
    await type(rig.root, Q.typed.text);
    expect(hrefs(panel(rig.root).querySelector('.cb') as Element)).toContain('tel:988');
  });
});

describe('The JS API', () => {
  it('ask() opens the panel and sends', async () => {
    const rig = setup();
    await run(() => rig.widget.ask(Q.typed.text));
    expect(panel(rig.root).hidden).toBe(false);
    expect(rig.events.map((e) => e.type)).toEqual(['open', 'answer']);
  });
});
