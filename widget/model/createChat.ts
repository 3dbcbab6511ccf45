import { signal } from '@preact/signals';
import type { HandoffReason, Knowledge, Lang, Matcher, SubmitOptions } from '../core';
import {
  handoff as handoffReply,
  knowledgeLang,
  MAX_MESSAGE_CHARS,
  otherLanguage,
  replyLang,
  respond,
  respondToChip,
  WARN,
} from '../core';
import type { Options } from '../options';
import { STRINGS, type Strings } from '../strings';
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
  /** The shipped knowledge in other languages, loaded when a message in one first arrives. */
  translations?: Partial<Record<Lang, () => Promise<Knowledge>>>;
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
    translations: deps.translations,
    lang: deps.lang,
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
  const lang = deps.lang ?? 'en';
  /** The widget's labels in a reply's language: the page's own overrides apply to the page's language. */
  const stringsIn = (l: Lang | undefined): Readonly<Strings> =>
    !l || l === lang ? strings : STRINGS[l];

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
    // The screen needs no knowledge: it runs now, whatever is still loading, and not again.
    const early = respond(clean, { matcher: null, crisis: knowledge.crisis.peek(), previous });
    if (early) return show(early);
    answer(clean, previous);
  }

  /**
   * The reply to a message the crisis screen has read, from the knowledge in the message's
   * language once it is ready; a message that does not say which ("ok", "CBT?") continues in the
   * language of the one before, else the knowledge's.
   */
  function answer(text: string, previous?: string) {
    const pick = (first: Matcher) =>
      replyLang(text, replyLang(previous ?? '', knowledgeLang(first.knowledge.lang)));
    knowledge.whenReadyIn(pick, (m, lang) =>
      show(
        m
          ? respond(text, { matcher: m, crisis: m.crisis, previous, screen: false, lang })
          : otherLanguage(lang),
        text,
      ),
    );
  }

  /** A question chip (`offeredIn`: the language of the reply it was offered in): its answer. */
  function choose(c: Chip, offeredIn?: Lang) {
    say(c.question);
    knowledge.whenReadyIn(
      (first) => offeredIn ?? knowledgeLang(first.knowledge.lang),
      (m, l) => {
        const reply = m ? respondToChip(c, m, l) : handoffReply('no-match');
        show(reply, c.question, reply.kind === 'handoff');
      },
    );
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
    stringsIn,
    lang,
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
      if (text) answer(text);
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
