import { useEffect, useRef } from 'preact/hooks';
import type { ContactField } from '../core';
import { crisisFor, resourcesFor } from '../core';
import type { Chat } from '../model/createChat';
import { fill } from '../strings';
import { ContactRoutes } from './ContactRoutes';
import { CrisisCard } from './CrisisCard';
import { errorText, TextField } from './TextField';

/**
 * The contact request, inside the handoff that led to it. Its own changes are not read out by the
 * log around it (`aria-live="off"`): errors are tied to their fields and summed up in its status
 * line, and focus goes to the first field to fix. `fresh`: the visitor just asked for it with a
 * button, so focus moves to it (not after a typed question, nor when restored on another page).
 */
export function ContactForm({ chat, fresh }: { chat: Chat; fresh: boolean }) {
  const c = chat.contact;
  const t = chat.strings;
  const form = useRef<HTMLFormElement>(null);
  const seen = useRef(c.invalidAt.peek());
  const d = c.draft.value;
  const state = c.state.value;
  const focus = (f: ContactField) => {
    const el = form.current;
    const pick = (s: string) => el?.querySelector<HTMLElement>(s);
    (pick(`[name=${f}]:checked`) ?? pick(`[name=${f}]`))?.focus();
  };

  useEffect(() => {
    c.begin();
    const el = form.current;
    const name = el?.querySelector<HTMLElement>('[name=name]');
    const log = el?.closest('[role=log]');
    const reply = el?.closest('.m');
    if (!fresh || !name || !log || !reply) return;
    // Not the browser's scroll to the field, which hides the notice above it: the handoff from
    // its first line, down to the field when they do not fit together.
    name.focus({ preventScroll: true });
    const at = (n: Element, edge: 'top' | 'bottom') =>
      n.getBoundingClientRect()[edge] - log.getBoundingClientRect().top + log.scrollTop;
    log.scrollTo({
      top: Math.max(at(reply, 'top') - 8, at(name, 'bottom') + 8 - log.clientHeight),
    });
  }, []);

  const attempt = c.invalidAt.value;
  useEffect(() => {
    const first = c.errors.peek()[0];
    if (attempt !== seen.current && first) focus(first.field);
    seen.current = attempt;
  }, [attempt]);

  const hit = c.crisis.value;
  const crisis = chat.crisis.value;
  const card = crisisFor(crisis, hit?.lang ?? chat.lang);
  const retry = state === 'failed' || state === 'offline';
  const status =
    state === 'invalid'
      ? c.errors.value.length
        ? t.fix
        : ''
      : state === 'refused'
        ? fill(t.refused, c.httpStatus.value)
        : state === 'idle'
          ? ''
          : t[state];
  const pe = errorText(chat, 'preferredContact');
  const ce = errorText(chat, 'consent');
  return (
    <form
      ref={form}
      class="cf"
      aria-label={t.formName}
      aria-live="off"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const root = el.getRootNode() as ShadowRoot;
        void c.submit(chat.lang).then((sent) => {
          // Sent: the form goes, and with it the focus. Keep the keyboard in the chat, unless the
          // visitor has moved on to the page meanwhile.
          const lost = document.activeElement === document.body || el.contains(root.activeElement);
          if (sent && lost) root.getElementById('aw-input')?.focus();
        });
      }}
    >
      <div id="aw-c-notice">
        <p>{t.formLead}</p>
        <p>{t.formPrivacy}</p>
        <p>{`${t.formUrgent} ${crisisFor(crisis, chat.lang)
          .banner.actions.map((a) => a.label)
          .join(' · ')}`}</p>
      </div>
      <TextField chat={chat} field="name" autocomplete="name" describedBy="aw-c-notice" />
      <p id="aw-c-hint">{t.emailOrPhone}</p>
      <TextField
        chat={chat}
        field="email"
        type="email"
        autocomplete="email"
        describedBy="aw-c-hint"
      />
      <TextField chat={chat} field="phone" type="tel" autocomplete="tel" describedBy="aw-c-hint" />
      <fieldset
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows it; a radiogroup can carry aria-invalid
        role="radiogroup"
        aria-invalid={pe ? 'true' : undefined}
        aria-describedby={pe ? 'aw-c-preferredContact-e' : undefined}
      >
        <legend>{t.preferred}</legend>
        {(['email', 'phone', 'text'] as const).map((v) => (
          <label key={v} class="o">
            <input
              type="radio"
              name="preferredContact"
              value={v}
              checked={d.preferredContact === v}
              aria-describedby={pe ? 'aw-c-preferredContact-e' : undefined}
              onChange={() => c.update({ preferredContact: v })}
            />
            {t[`via:${v}`]}
          </label>
        ))}
        {pe && (
          <p id="aw-c-preferredContact-e" class="er">
            {pe}
          </p>
        )}
      </fieldset>
      <TextField chat={chat} field="message" />
      <div>
        <label class="o">
          <input
            type="checkbox"
            name="consent"
            checked={d.consent}
            aria-invalid={ce ? 'true' : undefined}
            aria-describedby={ce ? 'aw-c-consent-e' : undefined}
            onChange={(e) => c.update({ consent: e.currentTarget.checked })}
          />
          {t.consent}
        </label>
        {ce && (
          <p id="aw-c-consent-e" class="er">
            {ce}
          </p>
        )}
      </div>
      {/* The honeypot: out of sight, out of the Tab order and hidden from screen readers. */}
      <div class="sr" aria-hidden="true">
        <label>
          Website
          <input
            name="website"
            tabIndex={-1}
            autocomplete="off"
            value={d.website}
            onInput={(e) => c.update({ website: e.currentTarget.value })}
          />
        </label>
      </div>
      {hit && (
        <div>
          <CrisisCard
            chat={chat}
            message={{
              id: 0,
              kind: 'crisis',
              tier: 'urgent',
              title: card.title,
              notice: card.notice,
              resources: resourcesFor(card, hit.categories),
            }}
          />
          <p>{t.formCrisis}</p>
        </div>
      )}
      <p class={state === 'sending' ? 'st' : 'st er'} role="status">
        {status}
      </p>
      <button type="submit" class="s" aria-disabled={state === 'sending' || undefined}>
        {retry ? t.retry : t.sendMessage}
      </button>
      <ContactRoutes chat={chat} form text={retry ? c.message.value : undefined} />
    </form>
  );
}
