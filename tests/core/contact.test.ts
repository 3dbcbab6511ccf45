// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { looksAutomated, validateContact } from '../../widget/core';

const good = {
  name: 'Sam',
  email: 'sam@example.com',
  message: 'Do you take insurance?',
  consent: true,
  idempotencyKey: 'k-12345678',
};
const codes = (input: Record<string, unknown>) => {
  const r = validateContact(input);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe('validateContact: the same rules in the widget and the receiver', () => {
  it('accepts a complete request, trimmed, with empty fields omitted', () => {
    const r = validateContact({ ...good, name: '  Sam ', phone: ' ' });
    expect(r).toEqual({
      ok: true,
      request: {
        name: 'Sam',
        email: 'sam@example.com',
        preferredContact: 'email',
        message: 'Do you take insurance?',
        consent: true,
        idempotencyKey: 'k-12345678',
      },
    });
  });

  it.each([
    [{ name: '' }, ['name:required']],
    [{ email: 'sam@' }, ['email:invalid-email']],
    [{ email: '', phone: '' }, ['email:email-or-phone']],
    [{ email: '', phone: '12' }, ['phone:invalid-phone']],
    [{ email: '', phone: '(555) 555-0123' }, []],
    [{ phone: '+1 555 555 0123', preferredContact: 'text' }, []],
    [{ preferredContact: 'phone' }, ['preferredContact:needs-phone']],
    [{ preferredContact: 'pigeon' }, ['preferredContact:invalid-choice']],
    [{ message: '   ' }, ['message:required']],
    [{ message: 'x'.repeat(2001) }, ['message:too-long']],
    [{ consent: false }, ['consent:consent']],
    [{ consent: 'yes' }, ['consent:consent']],
    [{ name: 42, consent: undefined }, ['name:required', 'consent:consent']],
    [{ email: 42, phone: '(555) 555-0123' }, ['email:invalid-email']],
    [{ preferredContact: ['email'] }, ['preferredContact:invalid-choice']],
  ])('%j → %j', (change, expected) => {
    expect(codes({ ...good, ...change })).toEqual(expected);
  });

  it('lists errors in form order, so focus can go to the first', () => {
    expect(codes({ consent: false, message: '', name: '' })).toEqual([
      'name:required',
      'email:email-or-phone',
      'message:required',
      'consent:consent',
    ]);
  });

  it('accepts form-encoded values ("on", "true", numbers as text)', () => {
    const r = validateContact({ ...good, consent: 'on', fillMs: '5000' });
    expect(r.ok && r.request.fillMs).toBe(5000);
  });
});

describe('looksAutomated', () => {
  const request = (extra: Record<string, unknown>) => {
    const r = validateContact({ ...good, ...extra });
    if (!r.ok) throw new Error('invalid');
    return r.request;
  };
  it('flags a filled honeypot and a too-fast fill, not a person', () => {
    expect(looksAutomated(request({ website: 'http://spam.example', fillMs: 9000 }))).toBe(true);
    expect(looksAutomated(request({ fillMs: 400 }))).toBe(true);
    expect(looksAutomated(request({ fillMs: 9000 }))).toBe(false);
    expect(looksAutomated(request({ website: { any: 'thing' }, fillMs: 9000 }))).toBe(true);
  });
});
