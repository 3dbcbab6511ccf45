import { isMessage, type Message } from './message';

/** One key, in the tab's `sessionStorage` only: gone when the tab closes, never sent anywhere. */
export const STORAGE_KEY = 'askwell:conversation';

/** Bumped when `Message` changes shape: a conversation saved by an older version is not restored. */
const VERSION = 2;

/** The tab's `sessionStorage`, or null where touching it throws (sandboxed frames, blocked storage). */
export function sessionStore(): Storage | null {
  try {
    const store = globalThis.sessionStorage;
    store.getItem(STORAGE_KEY);
    return store;
  } catch {
    return null; // storage unavailable: the conversation lives in memory only
  }
}

export function restore(store: Storage | null): Message[] {
  try {
    const saved = JSON.parse(store?.getItem(STORAGE_KEY) ?? 'null');
    const list = saved?.v === VERSION && saved.messages;
    return Array.isArray(list) && list.every(isMessage) ? list : [];
  } catch {
    return []; // unreadable or corrupt: start fresh rather than fail
  }
}

/** Saves the conversation; an empty one is removed from storage, not saved. */
export function save(store: Storage | null, messages: readonly Message[]): void {
  try {
    if (messages.length) store?.setItem(STORAGE_KEY, JSON.stringify({ v: VERSION, messages }));
    else store?.removeItem(STORAGE_KEY);
  } catch {
    // quota exceeded or storage revoked mid-session: keep going in memory
  }
}
