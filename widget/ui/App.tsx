import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Chat } from '../model/createChat';
import { type Shell, setOpen } from '../shell';
import { Panel } from './Panel';

/**
 * The chat inside the shell (shell.ts): the panel from the first open on (kept, hidden, after),
 * and the shell's launcher kept in step with it.
 */
export function App({ chat, shell }: { chat: Chat; shell: Shell }) {
  const open = chat.isOpen.value;
  const started = chat.started.value;
  const wasOpen = useRef(open);
  // Closed (close button, Escape, the JS API) while focus was in the widget or nowhere: it goes
  // back to the launcher, not to <body>. A page control that closed it keeps its focus. In the
  // same task as the render that hides the panel, so no one sees focus on a hidden element.
  useLayoutEffect(() => {
    setOpen(shell, open, started);
    const el = shell.launcher;
    if (wasOpen.current && !open) {
      const page = document.activeElement;
      if (shell.root.activeElement || !page || page === document.body) el.focus();
    }
    wasOpen.current = open;
  }, [open, started]);
  // Escape anywhere in the widget closes it (not while an IME composition uses it to cancel).
  useEffect(() => {
    if (!open) return;
    const onKey = (e: Event) => {
      const key = e as KeyboardEvent;
      if (key.key !== 'Escape' || key.isComposing) return;
      e.stopPropagation();
      chat.close();
    };
    shell.root.addEventListener('keydown', onKey);
    return () => shell.root.removeEventListener('keydown', onKey);
  }, [open]);
  return started ? <Panel chat={chat} /> : null;
}
