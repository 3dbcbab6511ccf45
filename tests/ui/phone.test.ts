import { describe, expect, it } from 'vitest';
import { phoneLabel, telHref } from '../../widget/ui/phone';

describe('When a practice gives its phone number', () => {
  it.each([
    ['+15555550123', '(555) 555-0123', 'tel:+15555550123'],
    ['+1 555 555 0123', '(555) 555-0123', 'tel:+15555550123'],
    ['(555) 555-0123', '(555) 555-0123', 'tel:5555550123'],
    ['1-800-799-7233', '(800) 799-7233', 'tel:18007997233'],
    ['555.555.0123', '(555) 555-0123', 'tel:5555550123'],
    // Not a US number: shown as given.
    ['+44 20 7946 0958', '+44 20 7946 0958', 'tel:+442079460958'],
    ['02 9374 4000', '02 9374 4000', 'tel:0293744000'],
    ['911', '911', 'tel:911'],
  ])('%s is shown as %s and dialled as %s', (raw, label, href) => {
    expect(phoneLabel(raw)).toBe(label);
    expect(telHref(raw)).toBe(href);
  });
});
