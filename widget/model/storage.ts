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

/** What is saved under `key`, parsed; null when absent, unreadable or corrupt (start fresh). */
export function readJson(store: Storage | null, key: string): unknown {
  try {
    return JSON.parse(store?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** Saves `value` under `key`, or removes the key for null. */
export function writeJson(store: Storage | null, key: string, value: unknown): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, JSON.stringify(value));
  } catch {
    // quota exceeded or storage revoked mid-session: keep going in memory
  }
}

export function restore(store: Storage | null): Message[] {
  const saved = readJson(store, STORAGE_KEY) as { v?: number; messages?: unknown } | null;
  const list = saved?.v === VERSION && saved.messages;
  return Array.isArray(list) && list.every(isMessage) ? list : [];
}

/** Saves the conversation; an empty one is removed from storage, not saved. */
export function save(store: Storage | null, messages: readonly Message[]): void {
  writeJson(store, STORAGE_KEY, messages.length ? { v: VERSION, messages } : null);
}
