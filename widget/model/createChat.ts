import { signal } from '@preact/signals';
import type { HandoffReason, Knowledge, SubmitOptions } from '../core';
import { handoff as handoffReply, MAX_MESSAGE_CHARS, respond, respondToChip, WARN } from '../core';
import type { Options } from '../options';
import type { Lang, Strings } from '../strings';
import { ContactModel } from './contact';
import { ConversationModel } from './conversation';
import type { Emit } from './events';
import { KnowledgeModel } from './knowledge';
import type { Chip } from './message';

export interface ChatDeps {
  options: Readonly<Options>;
  /** The UI's language: the always-visible crisis line follows it (a card follows its message). */
  lang?: Lang;
  strings: Readonly<Strings>;
  /** The knowledge shipped inside the bundle: the default, and the fallback. */
  embedded: Knowledge;
  /** `sessionStorage`, or null to keep the conversation in memory only. */
  storage: Storage | null;
  /** Tells the host page what happened: outcomes and entry ids, never visitor text. */
  emit: Emit;
  fetch?: typeof fetch;
  warn?: (message: string) => void;
  /** Overrides for the contact submission policy and clock (tests). */
  submit?: Partial<SubmitOptions>;
  now?: () => number;
}

/**
 * The widget's model, put together in one place: the knowledge, the conversation and the contact
 * form (one model each), the open state, and every action the UI calls. Knowledge loads on first
 * open, never at page load; replies wait for it in order.
 */
export function createChat(deps: ChatDeps) {
  const { options, storage, strings } = deps;
  const warn = deps.warn ?? console.warn;
  const { contactEndpoint, contactUrl, contactEmail, contactPhone } = options;
  if (!contactEndpoint && !contactUrl && !contactEmail && !contactPhone) warn(WARN.noContact);
  const knowledge = new KnowledgeModel({
    options,
    embedded: deps.embedded,
    fetch: deps.fetch,
    warn,
  });
  const conversation = new ConversationModel({ storage, emit: deps.emit });
  const contact = new ContactModel({
    endpoint: contactEndpoint,
    format: options.contact.format,
    storage,
    messages: conversation.messages,
    sent: conversation.sent,
    submit: deps.submit,
    now: deps.now,
  });
  const isOpen = signal(false);
  const { show } = conversation;

  // After the replies already waiting for the knowledge, in order.
  const handoff = (reason: HandoffReason, question?: string) =>
    knowledge.whenReady(() => show(handoffReply(reason), question, true));

  function open() {
    knowledge.start();
    if (isOpen.peek()) return;
    isOpen.value = true;
    deps.emit('open', {});
  }

  /** The visitor's line (typed, or the question on a chip): the panel opens to show it. */
  function say(text: string) {
    open();
    conversation.say(text);
  }

  function close() {
    if (!isOpen.peek()) return;
    isOpen.value = false;
    deps.emit('close', {});
  }

  /**
   * Sends a visitor message; `respond` decides the reply. While a knowledge URL is still loading,
   * the crisis screen runs at once (it needs no knowledge): a crisis card never waits for a slow
   * network. It shows the card configured so far.
   */
  function ask(text: string) {
    const clean = String(text).slice(0, MAX_MESSAGE_CHARS);
    if (!clean.trim()) return;
    // The screen reads this message with the one before: a crisis told across two messages.
    const previous = conversation.lastVisitorText();
    say(clean);
    const matcher = knowledge.matcher.peek();
    if (matcher) return show(respond(clean, { matcher, crisis: matcher.crisis, previous }), clean);
    // Knowledge still loading: the screen runs now, and not again when the matcher is ready.
    const early = respond(clean, { matcher: null, crisis: knowledge.crisis.peek(), previous });
    if (early) return show(early);
    knowledge.whenReady((m) =>
      show(respond(clean, { matcher: m, crisis: m.crisis, previous, screen: false }), clean),
    );
  }

  /** A question chip: shown as the visitor's message, then its answer. */
  function choose(c: Chip) {
    say(c.question);
    knowledge.whenReady((m) => {
      const reply = respondToChip(c, m);
      show(reply, c.question, reply.kind === 'handoff');
    });
  }

  return {
    contact,
    /** True for the handoff the visitor asked for with a button: its form takes the focus. */
    focusForm: (id: number) => conversation.focusForm.peek() === id,
    isOpen,
    started: knowledge.started,
    knowledge: knowledge.knowledge,
    crisis: knowledge.crisis,
    messages: conversation.messages,
    rated: conversation.rated,
    draft: conversation.draft,
    notice: conversation.notice,
    options,
    strings,
    lang: deps.lang ?? 'en',
    open,
    close,
    toggle: () => (isOpen.peek() ? close() : open()),
    warm: knowledge.warm,
    ask,
    choose,
    /** The composer's send: the draft, if it has any text. */
    send() {
      const text = conversation.draft.peek();
      if (!text.trim()) return;
      conversation.draft.value = '';
      ask(text);
    },
    /** A "Did you mean…" choice, taken once: a candidate, or (null) "None of these", which hands off. */
    pick(messageId: number, choice: Chip | null) {
      const settled = conversation.settle(messageId, 'clarify');
      if (!settled) return;
      if (choice) return choose(choice);
      say(strings.noneOfThese);
      handoff('no-match', settled.asked);
    },
    /**
     * "Talk to a person": the practice's contact form (with `contactEndpoint`), prefilled with the
     * questions it could not answer, or its contact routes.
     */
    requestContact() {
      open();
      handoff('requested');
    },
    /**
     * "I have a different question" under a weaker-tier crisis card: the same message gets the
     * answer, clarify or handoff it would have had without the screen.
     */
    continueAfterCrisis(messageId: number) {
      const text = conversation.settle(messageId, 'crisis')?.asked;
      if (text)
        knowledge.whenReady((m) =>
          show(respond(text, { matcher: m, crisis: m.crisis, screen: false }), text),
        );
    },
    feedback: conversation.rate,
    /** Wipes the conversation from memory and storage at once (and replies still on their way). */
    clear() {
      knowledge.cancel();
      contact.clear();
      conversation.clear(strings.cleared);
    },
    /** Stops saving and removes what was saved: `destroy()` leaves nothing behind. */
    dispose() {
      knowledge.cancel();
      conversation.forget();
      contact.forget();
    },
  };
}

export type Chat = ReturnType<typeof createChat>;
