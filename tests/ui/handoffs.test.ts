import { describe, expect, it } from 'vitest';
import { activeHandoff, unanswered } from '../../widget/model/handoffs';
import type { Message } from '../../widget/model/message';
import { mailHref, pageHref } from '../../widget/ui/links';

const visitor = (id: number, text: string): Message => ({ id, kind: 'visitor', text });
const handoff = (id: number, asked?: string): Message => ({
  id,
  kind: 'handoff',
  reason: asked ? 'no-match' : 'requested',
  ...(asked ? { asked } : {}),
});
const sent = (id: number): Message => ({ id, kind: 'sent', by: 'email' });

describe('Which handoff shows the contact form', () => {
  it.each<[string, Message[], number | null]>([
    ['none in an empty conversation', [], null],
    ['the only one', [visitor(1, 'q'), handoff(2, 'q')], 2],
    ['the newest of several', [handoff(1, 'a'), visitor(2, 'b'), handoff(3, 'b')], 3],
    ['the newest, with answers after it', [handoff(1, 'a'), visitor(2, 'b')], 1],
    ['none once a request was sent after it', [handoff(1, 'a'), sent(2)], null],
    ['a new one after a sent request', [handoff(1, 'a'), sent(2), handoff(3)], 3],
  ])('%s', (_, messages, id) => {
    expect(activeHandoff(messages)).toBe(id);
  });
});

describe('The questions the form is prefilled with', () => {
  it.each<[string, Message[], string[]]>([
    ['each unanswered question, oldest first', [handoff(1, 'a'), handoff(2, 'b')], ['a', 'b']],
    ['a question asked twice, once', [handoff(1, 'a'), handoff(2, ' a ')], ['a']],
    ['not "Talk to a person"', [handoff(1)], []],
    ['only those since the last sent request', [handoff(1, 'a'), sent(2), handoff(3, 'b')], ['b']],
  ])('%s', (_, messages, questions) => {
    expect(unanswered(messages)).toEqual(questions);
  });
});

describe('Links to the practice that carry the question', () => {
  it.each([
    ['https://example.com/contact', undefined, 'https://example.com/contact'],
    ['https://example.com/contact', 'a & b?', 'https://example.com/contact?message=a+%26+b%3F'],
    ['https://example.com/c?x=1#form', 'hi', 'https://example.com/c?x=1&message=hi#form'],
  ])('page %s with %j → %s', (url, text, href) => {
    expect(pageHref(url, text)).toBe(href);
  });

  it.each([
    [undefined, 'mailto:hello@example.com'],
    [
      'cost?\nand insurance',
      'mailto:hello@example.com?subject=Hi%20there&body=cost%3F%0Aand%20insurance',
    ],
  ])('email with %j → %s', (text, href) => {
    expect(mailHref('hello@example.com', 'Hi there', text)).toBe(href);
  });
});
