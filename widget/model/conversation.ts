import { batch, createModel, effect, signal } from '@preact/signals';
import type { PreferredContact, Reply } from '../core';
import type { Emit } from './events';
import type { Message } from './message';
import { restore, save } from './storage';

export interface ConversationDeps {
  /** `sessionStorage`, or null to keep the conversation in memory only. */
  storage: Storage | null;
  /** Tells the host page what happened: outcomes and entry ids, never visitor text. */
  emit: Emit;
}

type Card = Extract<Message, { kind: 'clarify' | 'crisis' }>;
/** A line before it has its id. */
type Line = { [K in Message['kind']]: Omit<Extract<Message, { kind: K }>, 'id'> }[Message['kind']];

/**
 * The conversation: its lines (saved in the tab's session as they change), the composer's draft,
 * feedback given, and the polite status line. Every reply is shown through `show`.
 */
export const ConversationModel = createModel((deps: ConversationDeps) => {
  const { storage } = deps;
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
  const focusForm = signal(0);

  const stopSaving = effect(() => save(storage, messages.value));

  function push(line: Line): number {
    const id = nextId++;
    messages.value = [...messages.peek(), { ...line, id } as Message];
    return id;
  }

  return {
    messages,
    rated,
    draft,
    notice,
    focusForm,
    /** The visitor's line: typed, or the question on the chip they picked. */
    say(text: string) {
      notice.value = '';
      push({ kind: 'visitor', text });
    },
    /**
     * Shows the reply and tells the host page its outcome (and entry id), never the text. A
     * handoff for a question it could not answer keeps the question, for the contact form.
     */
    show(reply: Reply, question?: string, byButton = false) {
      const id = push(
        reply.kind === 'handoff' && reply.reason !== 'requested' && question
          ? { ...reply, asked: question }
          : reply,
      );
      if (byButton) focusForm.value = id;
      if (reply.kind === 'answer')
        deps.emit('answer', { outcome: 'answer', entryId: reply.entryId });
      else deps.emit(reply.kind, { outcome: reply.kind });
    },
    /** The endpoint accepted a contact request: confirmed in the conversation and to the page. */
    sent(by: PreferredContact, reference?: string) {
      push({ kind: 'sent', by, ...(reference ? { reference } : {}) });
      deps.emit('contact-sent', reference ? { reference } : {});
    },
    /** The visitor's last message, if any. */
    lastVisitorText(): string | undefined {
      return messages.peek().findLast((m) => m.kind === 'visitor')?.text;
    },
    /**
     * Marks a clarify or crisis card as moved past (its buttons go inert) and returns the
     * visitor's message before it, the question it was about; undefined if it was settled.
     */
    settle(id: number, kind: Card['kind']): { asked: string | undefined } | undefined {
      const list = messages.peek();
      const card = list.find((m): m is Card => m.id === id && m.kind === kind);
      if (!card || card.done) return;
      messages.value = list.map((m) => (m === card ? { ...card, done: true } : m));
      const before = list.slice(0, list.indexOf(card));
      return { asked: before.findLast((m) => m.kind === 'visitor')?.text };
    },
    rate(messageId: number, helpful: boolean) {
      const msg = messages.peek().find((m) => m.id === messageId);
      if (msg?.kind !== 'answer' || rated.peek().has(messageId)) return;
      rated.value = new Map(rated.peek()).set(messageId, helpful);
      deps.emit('feedback', { outcome: 'answer', entryId: msg.entryId, helpful });
    },
    clear(cleared: string) {
      batch(() => {
        messages.value = [];
        rated.value = new Map();
        draft.value = '';
        notice.value = cleared;
      });
    },
    /** Stops saving and removes the saved conversation: `destroy()` leaves nothing behind. */
    forget() {
      stopSaving();
      save(storage, []);
    },
  };
});
