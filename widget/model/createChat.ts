import { batch, effect, signal } from '@preact/signals';
import type { CrisisConfig, HandoffReason, Knowledge, Reply, SubmitOptions } from '../core';
import {
  createMatcher,
  DEFAULT_CRISIS,
  handoff as handoffReply,
  MAX_MESSAGE_CHARS,
  type Matcher,
  respond,
  respondToChip,
  WARN,
} from '../core';
import type { Options } from '../options';
import type { Lang, Strings } from '../strings';
import { createContact } from './createContact';
import type { Emit } from './events';
import { loadKnowledge } from './loadKnowledge';
import type { Chip, Message } from './message';
import { restore, save } from './storage';

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

type Card = Extract<Message, { kind: 'clarify' | 'crisis' }>;

/**
 * The widget's one model: open state, conversation, draft, knowledge, and every action the UI
 * calls. Knowledge loads on first open, never at page load; replies wait for it in order.
 */
export function createChat(deps: ChatDeps) {
  const { options, embedded, storage } = deps;
  const isOpen = signal(false);
  /** Set on first open: the knowledge starts loading, and the panel exists from then on. */
  const started = signal(false);
  const knowledge = signal<Knowledge | null>(null);
  const crisis = signal<CrisisConfig>(options.crisis ?? embedded.crisis ?? DEFAULT_CRISIS);
  const messages = signal<Message[]>(restore(storage));
  /** Feedback given, by message id; kept in memory only ("stores nothing"). */
  const rated = signal<ReadonlyMap<number, boolean>>(new Map());
  const draft = signal('');
  /** A polite status line for things with no visible message (cleared). */
  const notice = signal('');
  let nextId = Math.max(0, ...messages.peek().map((m) => m.id)) + 1;
  /**
   * The handoff the visitor asked for with a button ("Talk to a person", "None of these"): its
   * form takes the focus. After a typed question, focus stays in the composer.
   */
  let focusForm = 0;
  let matcher: Matcher | null = null;
  let waiting: ((m: Matcher) => void)[] = [];

  const stopSaving = effect(() => save(storage, messages.value));
  const warn = deps.warn ?? console.warn;
  const { contactEndpoint, contactUrl, contactEmail, contactPhone } = options;
  if (!contactEndpoint && !contactUrl && !contactEmail && !contactPhone) warn(WARN.noContact);
  const contact = createContact({
    endpoint: contactEndpoint,
    format: options.contact.format,
    storage,
    messages,
    sent(by, reference) {
      push({ id: nextId++, kind: 'sent', by, ...(reference ? { reference } : {}) });
      deps.emit('contact-sent', reference ? { reference } : {});
    },
    submit: deps.submit,
    now: deps.now,
  });

  function use(k: Knowledge) {
    // `AskwellConfig.crisis` wins over the knowledge file's own card.
    const config = { crisis: options.crisis ?? undefined };
    let m: Matcher;
    try {
      m = createMatcher(k, config);
    } catch {
      m = createMatcher(embedded, config); // validated but unusable: the shipped knowledge still works
    }
    matcher = m;
    batch(() => {
      knowledge.value = m.knowledge;
      crisis.value = m.crisis;
    });
    for (const fn of waiting.splice(0)) fn(m);
  }

  /** Runs now if the knowledge is ready, else after it loads, in the order asked. */
  function withMatcher(fn: (m: Matcher) => void) {
    if (matcher) return fn(matcher);
    waiting.push(fn);
    start();
  }

  function push(message: Message) {
    messages.value = [...messages.peek(), message];
  }

  /**
   * Shows the reply and tells the host page its outcome (and entry id), never the text. A handoff
   * for a question it could not answer keeps the question, for the contact form.
   */
  function show(reply: Reply, question?: string, byButton = false) {
    const id = nextId++;
    if (byButton) focusForm = id;
    push(
      reply.kind === 'handoff' && reply.reason !== 'requested' && question
        ? { ...reply, id, asked: question }
        : { ...reply, id },
    );
    if (reply.kind === 'answer') deps.emit('answer', { outcome: 'answer', entryId: reply.entryId });
    else deps.emit(reply.kind, { outcome: reply.kind });
  }

  // After the replies already waiting for the knowledge, in order.
  const handoff = (reason: HandoffReason, question?: string) =>
    withMatcher(() => show(handoffReply(reason), question, true));

  /** The visitor's message before a card: the question it was about. */
  const askedBefore = (list: Message[], card: Message) =>
    list.slice(0, list.indexOf(card)).findLast((m) => m.kind === 'visitor')?.text;

  function start() {
    if (started.peek()) return;
    started.value = true;
    const source = options.knowledge;
    if (source === null) return warm();
    const fetcher = deps.fetch ?? globalThis.fetch.bind(globalThis);
    loadKnowledge(source, embedded, fetcher, warn).then(use);
  }

  /**
   * Builds the matcher for the embedded knowledge ahead of the first open (the widget calls it in
   * idle time), so opening is only a render: at 4× CPU throttling the build alone is ~45 ms. A
   * knowledge URL is still fetched on first open only, never at page load.
   */
  function warm() {
    if (!matcher && options.knowledge === null) use(embedded);
  }

  function open() {
    start();
    if (isOpen.peek()) return;
    isOpen.value = true;
    deps.emit('open', {});
  }

  function close() {
    if (!isOpen.peek()) return;
    isOpen.value = false;
    deps.emit('close', {});
  }

  /** The visitor's line: typed, or the question on the chip they picked. */
  function say(text: string) {
    open();
    notice.value = '';
    push({ id: nextId++, kind: 'visitor', text });
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
    const previous = messages.peek().findLast((m) => m.kind === 'visitor')?.text;
    say(clean);
    // Knowledge still loading: the screen runs now, and not again when the matcher is ready.
    const screened = !matcher;
    const early = screened ? respond(clean, { matcher, crisis: crisis.peek(), previous }) : null;
    if (early) return show(early);
    withMatcher((m) =>
      show(respond(clean, { matcher: m, crisis: m.crisis, previous, screen: !screened }), clean),
    );
  }

  /** A question chip: shown as the visitor's message, then its answer. */
  function choose(c: Chip) {
    say(c.question);
    withMatcher((m) => {
      const reply = respondToChip(c, m);
      show(reply, c.question, reply.kind === 'handoff');
    });
  }

  /** Marks a clarify or crisis card as moved past (its buttons go inert); undefined if it was. */
  function settle(id: number, kind: Card['kind']): Card | undefined {
    const list = messages.peek();
    const card = list.find((m): m is Card => m.id === id && m.kind === kind);
    if (!card || card.done) return;
    messages.value = list.map((m) => (m === card ? { ...card, done: true } : m));
    return card;
  }

  return {
    contact,
    /** True for the handoff the visitor asked for with a button: its form takes the focus. */
    focusForm: (id: number) => focusForm === id,
    isOpen,
    started,
    knowledge,
    crisis,
    messages,
    rated,
    draft,
    notice,
    options,
    strings: deps.strings,
    lang: deps.lang ?? 'en',
    open,
    close,
    toggle: () => (isOpen.peek() ? close() : open()),
    warm,
    ask,
    choose,
    /** The composer's send: the draft, if it has any text. */
    send() {
      const text = draft.peek();
      if (!text.trim()) return;
      draft.value = '';
      ask(text);
    },
    /** A "Did you mean…" choice, taken once: a candidate, or (null) "None of these", which hands off. */
    pick(messageId: number, choice: Chip | null) {
      const list = messages.peek();
      const card = settle(messageId, 'clarify');
      if (!card) return;
      if (choice) return choose(choice);
      say(deps.strings.noneOfThese);
      handoff('no-match', askedBefore(list, card));
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
      const list = messages.peek();
      const card = settle(messageId, 'crisis');
      const text = card && askedBefore(list, card);
      if (text)
        withMatcher((m) =>
          show(respond(text, { matcher: m, crisis: m.crisis, screen: false }), text),
        );
    },
    feedback(messageId: number, helpful: boolean) {
      const msg = messages.peek().find((m) => m.id === messageId);
      if (msg?.kind !== 'answer' || rated.peek().has(messageId)) return;
      rated.value = new Map(rated.peek()).set(messageId, helpful);
      deps.emit('feedback', { outcome: 'answer', entryId: msg.entryId, helpful });
    },
    /** Wipes the conversation from memory and storage at once (and replies still on their way). */
    clear() {
      waiting = [];
      contact.clear();
      batch(() => {
        messages.value = [];
        rated.value = new Map();
        draft.value = '';
        notice.value = deps.strings.cleared;
      });
    },
    /** Stops saving and removes the saved conversation: `destroy()` leaves nothing behind. */
    dispose() {
      stopSaving();
      save(storage, []);
      contact.dispose();
      waiting = [];
    },
  };
}

export type Chat = ReturnType<typeof createChat>;
