import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTACT_MESSAGES } from '../../widget/core';
import { DRAFT_KEY } from '../../widget/model/contactDraft';
import { STORAGE_KEY } from '../../widget/model/storage';
import { STRINGS } from '../../widget/strings';
import {
  button,
  click,
  group,
  hrefs,
  latest,
  log,
  openPanel,
  Q,
  type Rig,
  run,
  setup,
  text,
  type,
} from './helpers';

const t = STRINGS.en;
const ENDPOINT = 'https://practice.example/api/contact';
const practice = {
  contactEndpoint: ENDPOINT,
  contactEmail: 'hello@example.com',
  contactPhone: '+1 555 555 0123',
};

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

type Step = number | 'network' | 'hold' | [number, unknown];

/** A fake endpoint following a script of answers (201 with a reference once the script runs out). */
function endpoint(script: Step[] = []) {
  const calls: { url: string; headers: Record<string, string>; body: string }[] = [];
  let release: (r: Response) => void = () => {};
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(url),
      headers: init?.headers as Record<string, string>,
      body: String(init?.body),
    });
    const step = script.shift() ?? 201;
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step === 'hold') return new Promise<Response>((r) => (release = r));
    const [status, body] = Array.isArray(step)
      ? step
      : [step, step < 300 ? { reference: 'AW-TEST-0001' } : {}];
    return new Response(JSON.stringify(body), { status });
  });
  const env = { submit: { fetch, sleep: async () => {}, random: () => 0 } };
  return {
    env,
    fetch,
    calls,
    sent: (i = -1) => JSON.parse(calls.at(i)?.body ?? 'null'),
    release: (status = 201) =>
      release(new Response(JSON.stringify({ reference: 'AW-TEST-0001' }), { status })),
  };
}

const form = (rig: Rig) => rig.root.querySelector('form.cf') as HTMLFormElement | null;
const field = (rig: Rig, name: string) =>
  rig.root.getElementById(`aw-c-${name}`) as HTMLInputElement;
const status = (rig: Rig) => text(form(rig)?.querySelector('[role="status"]') as Element);
const flush = async () => {
  for (let i = 0; i < 4; i++) await run(() => {});
};

async function fillIn(rig: Rig, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const el = field(rig, name);
    await run(() => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}

async function complete(rig: Rig) {
  await fillIn(rig, { name: 'Sam Rivera', email: 'sam@example.com' });
  await click(rig.root.querySelector('[name="consent"]') as HTMLElement);
}

async function send(rig: Rig) {
  await click(button(form(rig) as HTMLFormElement, /^(Send message|Try again|Enviar mensaje)$/));
  await flush();
}

/** Opens the panel and asks something the practice must answer: the form follows. */
async function handoff(rig: Rig, question: string = Q.outOfScope) {
  await openPanel(rig);
  await type(rig.root, question);
}

describe('When Askwell hands off and the practice has a contact endpoint', () => {
  it('shows the form in the handoff: the notice first, then the fields', async () => {
    const rig = setup(practice);
    await handoff(rig);
    const f = form(rig);
    expect(f).not.toBeNull();
    expect(latest(rig.root).contains(f)).toBe(true);
    const notice = rig.root.getElementById('aw-c-notice') as HTMLElement;
    expect([...notice.children].map((p) => p.textContent)).toEqual([
      t.formLead,
      t.formPrivacy,
      `${t.formUrgent} Call 988 · Text 988 · Emergency 911`,
    ]);
    const name = field(rig, 'name');
    expect(notice.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(name.getAttribute('aria-describedby')).toBe('aw-c-notice');
    // After a typed question the visitor may type another: focus stays in the composer.
    expect(rig.root.activeElement).toBe(rig.root.getElementById('aw-input'));
    // The always-visible crisis line is still there.
    expect(rig.root.querySelector('.cb a[href="tel:988"]')).not.toBeNull();
  });

  it('labels every field, with autocomplete, and keeps the honeypot from people', async () => {
    const rig = setup(practice);
    await handoff(rig);
    const labelOf = (id: string) => rig.root.querySelector(`label[for="${id}"]`)?.textContent;
    expect(labelOf('aw-c-name')).toBe('Name');
    expect(labelOf('aw-c-email')).toBe('Email');
    expect(labelOf('aw-c-phone')).toBe('Phone');
    expect(labelOf('aw-c-message')).toBe('Message');
    expect(field(rig, 'name').autocomplete).toBe('name');
    expect([field(rig, 'email').type, field(rig, 'email').autocomplete]).toEqual([
      'email',
      'email',
    ]);
    expect([field(rig, 'phone').type, field(rig, 'phone').autocomplete]).toEqual(['tel', 'tel']);
    const how = group(rig.root, '', form(rig) as HTMLFormElement);
    expect(how.querySelector('legend')?.textContent).toBe(t.preferred);
    expect([...how.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Email',
      'Phone call',
      'Text message',
    ]);
    expect(text(rig.root.querySelector('[name="consent"]')?.closest('label') as Element)).toBe(
      t.consent,
    );
    const trap = rig.root.querySelector('[name="website"]') as HTMLInputElement;
    expect(trap.tabIndex).toBe(-1);
    expect(trap.getAttribute('autocomplete')).toBe('off');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('prefills the message with every question it could not answer; "None of these" brings the question before it', async () => {
    const rig = setup(practice);
    await handoff(rig);
    expect(field(rig, 'message').value).toBe(Q.outOfScope);
    await type(rig.root, Q.vague);
    await click(button(latest(rig.root), 'None of these'));
    expect(field(rig, 'message').value).toBe(`${Q.outOfScope}\n${Q.vague}`);
    expect(rig.root.activeElement).toBe(field(rig, 'name'));
    // One form: the newest handoff has it.
    expect(rig.root.querySelectorAll('form.cf')).toHaveLength(1);
    expect(latest(rig.root).contains(form(rig))).toBe(true);
  });

  it('asking for a person in words opens it too, without putting that request in the message', async () => {
    const rig = setup(practice);
    await handoff(rig);
    await type(rig.root, 'can I talk to a person');
    expect(text(latest(rig.root))).toContain('here is how to reach the practice');
    expect(latest(rig.root).contains(form(rig))).toBe(true);
    expect(field(rig, 'message').value).toBe(Q.outOfScope);
  });

  it('"Talk to a person" opens it too, focused, with an editable message', async () => {
    const rig = setup(practice);
    await openPanel(rig);
    await click(button(rig.root, 'Talk to a person'));
    expect(rig.root.activeElement).toBe(field(rig, 'name'));
    expect(field(rig, 'message').value).toBe('');
    await fillIn(rig, { message: 'Do you have evening appointments?' });
    expect(field(rig, 'message').value).toBe('Do you have evening appointments?');
  });
});

describe('When the visitor sends it with mistakes', () => {
  it('ties each error to its field, says so, moves focus to the first, and sends nothing', async () => {
    const e = endpoint();
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await fillIn(rig, { message: '' });
    await send(rig);
    expect(e.fetch).not.toHaveBeenCalled();
    expect(status(rig)).toBe(t.fix);
    const expected: [string, string][] = [
      ['name', CONTACT_MESSAGES.required],
      ['email', CONTACT_MESSAGES['email-or-phone']],
      ['message', CONTACT_MESSAGES.required],
      ['consent', CONTACT_MESSAGES.consent],
    ];
    for (const [name, message] of expected) {
      const input = rig.root.querySelector(`[name="${name}"]`) as HTMLElement;
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
      expect(ids).toContain(`aw-c-${name}-e`);
      expect(rig.root.getElementById(`aw-c-${name}-e`)?.textContent).toBe(message);
    }
    expect(field(rig, 'phone').hasAttribute('aria-invalid')).toBe(false);
    expect(rig.root.activeElement).toBe(field(rig, 'name'));
  });

  it('clears errors as they are fixed, and focus goes to the next one on the next send', async () => {
    const rig = setup(practice, undefined, endpoint().env);
    await handoff(rig);
    await send(rig);
    await fillIn(rig, { name: 'Sam', phone: '12' });
    expect(field(rig, 'name').hasAttribute('aria-invalid')).toBe(false);
    expect(rig.root.getElementById('aw-c-phone-e')?.textContent).toBe(
      CONTACT_MESSAGES['invalid-phone'],
    );
    await send(rig);
    expect(rig.root.activeElement).toBe(field(rig, 'phone'));
  });

  it('explains a preferred way without its detail on the group, focusing the chosen option', async () => {
    const rig = setup(practice, undefined, endpoint().env);
    await handoff(rig);
    await complete(rig);
    const textMe = rig.root.querySelector('[value="text"]') as HTMLInputElement;
    await click(textMe);
    await send(rig);
    const radios = rig.root.querySelector('[role="radiogroup"]') as HTMLElement;
    expect(radios.getAttribute('aria-invalid')).toBe('true');
    expect(radios.getAttribute('aria-describedby')).toBe('aw-c-preferredContact-e');
    expect(textMe.getAttribute('aria-describedby')).toBe('aw-c-preferredContact-e');
    expect(rig.root.getElementById('aw-c-preferredContact-e')?.textContent).toBe(
      CONTACT_MESSAGES['needs-phone'],
    );
    expect(rig.root.activeElement).toBe(textMe);
  });

  it('speaks Spanish in a Spanish widget', async () => {
    const rig = setup({ ...practice, lang: 'es' }, undefined, endpoint().env);
    await handoff(rig, '¿cuánto cuesta una consulta?');
    await send(rig);
    expect(rig.root.getElementById('aw-c-name-e')?.textContent).toBe(STRINGS.es['e:required']);
    expect(status(rig)).toBe(STRINGS.es.fix);
  });

  it.each([
    [
      'a field error (400)',
      [400, { error: 'invalid', fields: [{ field: 'email', code: 'invalid-email' }] }],
      'email',
      CONTACT_MESSAGES['invalid-email'],
    ],
    ['too large (413)', [413, { error: 'too-large' }], 'message', CONTACT_MESSAGES['too-long']],
  ] as [string, Step, string, string][])(
    'shows %s from the endpoint inline, once, without retrying',
    async (_, step, name, message) => {
      const e = endpoint([step]);
      const rig = setup(practice, undefined, e.env);
      await handoff(rig);
      await complete(rig);
      await send(rig);
      expect(e.fetch).toHaveBeenCalledTimes(1);
      expect(rig.root.getElementById(`aw-c-${name}-e`)?.textContent).toBe(message);
      expect(rig.root.activeElement).toBe(field(rig, name));
      expect(status(rig)).toBe(t.fix);
      expect(rig.events.map((x) => x.type)).not.toContain('contact-sent');
    },
  );

  it('says why when the endpoint refuses it without naming a field, and offers phone and email', async () => {
    const e = endpoint([[404, { error: 'not-found' }]]);
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    expect(status(rig)).toBe(t.refused.replace('{n}', '404'));
    expect(hrefs(form(rig) as HTMLFormElement)).toEqual([
      'mailto:hello@example.com',
      'tel:+15555550123',
    ]);
    expect(field(rig, 'name').value).toBe('Sam Rivera');
  });

  it('when the endpoint refuses the key (our bug), asks to send again, with a new key', async () => {
    const keyError = [
      400,
      { error: 'invalid', fields: [{ field: 'idempotencyKey', code: 'idempotency-key' }] },
    ];
    const e = endpoint([keyError as Step]);
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    expect(status(rig)).toBe(t.again);
    await send(rig);
    expect(e.calls).toHaveLength(2);
    expect(e.sent(1).idempotencyKey).not.toBe(e.sent(0).idempotencyKey);
    expect(rig.events.at(-1)?.type).toBe('contact-sent');
  });
});

describe('When the visitor sends it', () => {
  it('POSTs the fields as JSON (absent ones omitted) with a key and the fill time', async () => {
    const e = endpoint();
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    expect(e.calls).toHaveLength(1);
    const { url, headers } = e.calls[0] as (typeof e.calls)[0];
    expect(url).toBe(ENDPOINT);
    expect(headers['Content-Type']).toBe('application/json');
    // Cross-origin: no custom header (it would force a preflight).
    expect(headers['Idempotency-Key']).toBeUndefined();
    const { idempotencyKey, fillMs, ...fields } = e.sent();
    expect(fields).toEqual({
      name: 'Sam Rivera',
      email: 'sam@example.com',
      preferredContact: 'email',
      message: Q.outOfScope,
      consent: true,
      // the language the form was in, so staff answer in it
      lang: 'en',
    });
    expect(idempotencyKey).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(typeof fillMs).toBe('number');
  });

  it('sends the key as a header too when the endpoint is on the same origin', async () => {
    const e = endpoint();
    const rig = setup({ ...practice, contactEndpoint: '/api/contact' }, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    expect(e.calls[0]?.url).toBe(new URL('/api/contact', location.href).href);
    expect(e.calls[0]?.headers['Idempotency-Key']).toBe(e.sent().idempotencyKey);
  });

  it('sends it form-encoded with AskwellConfig.contact.format = "form"', async () => {
    const e = endpoint();
    const rig = setup({ ...practice, contact: { format: 'form' } }, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    expect(e.calls[0]?.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    const body = new URLSearchParams(e.calls[0]?.body);
    expect(body.get('name')).toBe('Sam Rivera');
    expect(body.get('consent')).toBe('true');
    expect(body.has('phone')).toBe(false);
  });

  it('a double click sends one request; the button says it is busy meanwhile', async () => {
    const e = endpoint(['hold']);
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    const submit = button(form(rig) as HTMLFormElement, 'Send message');
    await run(() => {
      submit.click();
      submit.click();
    });
    await flush();
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(status(rig)).toBe(t.sending);
    await click(submit);
    await run(() => (form(rig) as HTMLFormElement).requestSubmit());
    expect(e.fetch).toHaveBeenCalledTimes(1);
    await run(() => e.release());
    await flush();
    expect(e.fetch).toHaveBeenCalledTimes(1);
    expect(rig.events.filter((x) => x.type === 'contact-sent')).toHaveLength(1);
  });

  it('confirms with the reference, clears the draft, and tells the host page without field values', async () => {
    const e = endpoint();
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    expect(sessionStorage.getItem(DRAFT_KEY)).toContain('sam@example.com');
    await send(rig);
    expect(form(rig)).toBeNull();
    expect([...latest(rig.root).querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      t.sent.replace('{v}', t['by:email']),
      'Reference: AW-TEST-0001',
    ]);
    expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(rig.events.at(-1)).toEqual({
      type: 'contact-sent',
      detail: { reference: 'AW-TEST-0001' },
    });
    // Keyboard focus stays in the chat.
    expect(rig.root.activeElement).toBe(rig.root.getElementById('aw-input'));
  });

  it('after sending, a new handoff starts an empty form with only the new question', async () => {
    const rig = setup(practice, undefined, endpoint().env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    await type(rig.root, 'do you take aetna insurance for couples');
    await click(button(rig.root, 'Talk to a person'));
    expect(field(rig, 'name').value).toBe('');
    expect(field(rig, 'message').value).not.toContain(Q.outOfScope);
  });

  it('waits out the minimum fill time for a fast visitor instead of being taken for a bot', async () => {
    let clock = 1_000_000;
    const waits: number[] = [];
    const e = endpoint();
    const rig = setup(practice, undefined, {
      now: () => clock,
      submit: {
        ...e.env.submit,
        sleep: async (ms) => {
          waits.push(ms);
          clock += ms;
        },
      },
    });
    await handoff(rig);
    await complete(rig);
    clock += 1200;
    await send(rig);
    expect(waits[0]).toBe(1800);
    expect(e.sent().fillMs).toBe(3000);
  });
});

describe('When sending fails', () => {
  it('after every retry: keeps the draft, says so plainly, and offers a retry, phone and email', async () => {
    const e = endpoint(['network', 'network', 'network', 'network']);
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    expect(e.fetch).toHaveBeenCalledTimes(4);
    expect(status(rig)).toBe(t.failed);
    expect(field(rig, 'name').value).toBe('Sam Rivera');
    expect(sessionStorage.getItem(DRAFT_KEY)).toContain('Sam Rivera');
    expect(hrefs(form(rig) as HTMLFormElement)).toEqual([
      `mailto:hello@example.com?subject=${encodeURIComponent(t.mailSubject)}&body=${encodeURIComponent(Q.outOfScope)}`,
      'tel:+15555550123',
    ]);
    expect(text(form(rig) as HTMLFormElement)).toContain(t.direct);
    expect(button(form(rig) as HTMLFormElement, 'Try again')).toBeTruthy();
    expect(rig.events.map((x) => x.type)).not.toContain('contact-sent');
  });

  it('offline: sends nothing and says the visitor seems offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const e = endpoint();
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    expect(e.fetch).not.toHaveBeenCalled();
    expect(status(rig)).toBe(t.offline);
    expect(field(rig, 'email').value).toBe('sam@example.com');
  });

  it('a retry reuses the idempotency key, even after a reload', async () => {
    const e = endpoint(Array(8).fill('network'));
    const first = setup(practice, undefined, e.env);
    await handoff(first);
    await complete(first);
    await send(first);
    await send(first); // the visitor's own retry: 4 more attempts, same key
    const key = e.sent(0).idempotencyKey;
    expect(new Set(e.calls.map((c) => JSON.parse(c.body).idempotencyKey))).toEqual(new Set([key]));
    first.widget.host.remove(); // the page reloads

    const next = setup(practice, undefined, e.env);
    await openPanel(next);
    expect(field(next, 'name').value).toBe('Sam Rivera');
    await send(next);
    expect(e.sent().idempotencyKey).toBe(key);
    expect(next.events.at(-1)?.type).toBe('contact-sent');
  });

  it('an edit after a failure makes a new submission with a new key', async () => {
    const e = endpoint(['network', 'network', 'network', 'network']);
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await send(rig);
    await fillIn(rig, { message: 'How much does it cost, and do you take my insurance?' });
    await send(rig);
    expect(e.sent().idempotencyKey).not.toBe(e.sent(0).idempotencyKey);
  });
});

describe('The draft', () => {
  it('stays while the panel is closed and opened again', async () => {
    const rig = setup(practice);
    await handoff(rig);
    await fillIn(rig, { name: 'Sam', message: 'Edited question' });
    await run(() => rig.widget.close());
    await openPanel(rig);
    expect([field(rig, 'name').value, field(rig, 'message').value]).toEqual([
      'Sam',
      'Edited question',
    ]);
  });

  it('comes back after a reload, without taking focus', async () => {
    const first = setup(practice);
    await handoff(first);
    await fillIn(first, { name: 'Sam', phone: '555 555 0100', message: 'Edited question' });
    await click(first.root.querySelector('[value="text"]') as HTMLElement);
    first.widget.host.remove();

    const next = setup(practice);
    await openPanel(next);
    expect(field(next, 'name').value).toBe('Sam');
    expect(field(next, 'phone').value).toBe('555 555 0100');
    expect(field(next, 'message').value).toBe('Edited question');
    expect((next.root.querySelector('[value="text"]') as HTMLInputElement).checked).toBe(true);
    expect(next.root.activeElement).not.toBe(field(next, 'name'));
  });

  it('"Clear conversation" wipes it from the screen and storage', async () => {
    const rig = setup(practice);
    await handoff(rig);
    await fillIn(rig, { name: 'Sam' });
    await click(button(rig.root, 'Clear conversation'));
    expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    await click(button(rig.root, 'Talk to a person'));
    expect(field(rig, 'name').value).toBe('');
  });

  it('destroy() removes it with the widget', async () => {
    const rig = setup(practice);
    await handoff(rig);
    await fillIn(rig, { name: 'Sam' });
    await run(() => rig.widget.destroy());
    expect(sessionStorage.length).toBe(0);
  });

  it('with persist "none" lives in memory only', async () => {
    const rig = setup({ ...practice, persist: 'none' });
    await handoff(rig);
    await fillIn(rig, { name: 'Sam' });
    expect(sessionStorage.length).toBe(0);
  });

  it('ignores a corrupt saved draft', async () => {
    sessionStorage.setItem(DRAFT_KEY, '{"v":1,"draft":{"name":7,"consent":"yes","key":"x"}');
    const rig = setup(practice);
    await handoff(rig);
    expect(field(rig, 'name').value).toBe('');
  });
});

describe('When the message itself sounds like a crisis', () => {
  it('shows the crisis resources above the send button and still lets the visitor send', async () => {
    const e = endpoint();
    const rig = setup(practice, undefined, e.env);
    await handoff(rig);
    await complete(rig);
    await fillIn(rig, { message: 'I want to kill myself, can someone call me' });
    const f = form(rig) as HTMLFormElement;
    const card = f.querySelector('.cc') as HTMLElement;
    expect(card).not.toBeNull();
    expect(hrefs(card)).toContain('tel:988');
    expect(text(f)).toContain(t.formCrisis);
    const submit = button(f, 'Send message');
    expect(card.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await send(rig);
    expect(e.fetch).toHaveBeenCalledTimes(1);
  });
});

describe('Without a contact endpoint', () => {
  it.each([
    [
      'the contact page, with the question as ?message=',
      { contactUrl: 'https://example.com/contact?from=chat' },
      ['https://example.com/contact?from=chat&message=how+much+does+it+cost'],
    ],
    [
      'a prefilled email',
      { contactEmail: 'hello@example.com' },
      [
        `mailto:hello@example.com?subject=${encodeURIComponent(t.mailSubject)}&body=how%20much%20does%20it%20cost`,
      ],
    ],
    ['a phone link', { contactPhone: '(555) 555-0123' }, ['tel:5555550123']],
  ])('hands off to %s', async (_, options, links) => {
    const rig = setup(options);
    await handoff(rig);
    expect(form(rig)).toBeNull();
    expect(hrefs(latest(rig.root))).toEqual(links);
    expect(rig.warnings).toEqual([]);
  });

  it('with no route at all, says so in the console at start and to the visitor', async () => {
    const rig = setup();
    expect(rig.warnings).toEqual([
      expect.stringMatching(
        /data-contact-endpoint, data-contact-url, data-contact-email or data-contact-phone/,
      ),
    ]);
    await handoff(rig);
    expect(text(latest(rig.root))).toContain(t.noRoutes);
  });
});

describe('The conversation after sending', () => {
  it('keeps the confirmation across a reload', async () => {
    const first = setup(practice, undefined, endpoint().env);
    await handoff(first);
    await complete(first);
    await send(first);
    first.widget.host.remove();
    const next = setup(practice);
    await openPanel(next);
    expect(text(log(next.root))).toContain('Reference: AW-TEST-0001');
    expect(form(next)).toBeNull();
  });
});
