import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { AccentTheme } from '../core';
import type { Chat } from '../model/createChat';
import { Launcher } from './Launcher';
import { Panel } from './Panel';

/** The whole widget: the launcher, and the panel from the first open on (kept, hidden, after). */
export function App({ chat, theme, lang }: { chat: Chat; theme: AccentTheme; lang: string }) {
  const launcher = useRef<HTMLButtonElement>(null);
  const open = chat.isOpen.value;
  const wasOpen = useRef(open);
  // Closed (close button, Escape, the JS API) while focus was in the widget or nowhere: it goes
  // back to the launcher, not to <body>. A page control that closed it keeps its focus. In the
  // same task as the render that hides the panel, so no one sees focus on a hidden element.
  useLayoutEffect(() => {
    const el = launcher.current;
    if (wasOpen.current && !open && el) {
      const page = document.activeElement;
      if ((el.getRootNode() as ShadowRoot).activeElement || !page || page === document.body)
        el.focus();
    }
    wasOpen.current = open;
  }, [open]);
  // Escape anywhere in the widget closes it (not while an IME composition uses it to cancel).
  useEffect(() => {
    const root = launcher.current?.getRootNode();
    if (!open || !root) return;
    const onKey = (e: Event) => {
      const key = e as KeyboardEvent;
      if (key.key !== 'Escape' || key.isComposing) return;
      e.stopPropagation();
      chat.close();
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [open]);
  const style = {
    '--aw-a': theme.accent,
    '--aw-on': theme.onAccent,
    '--aw-tl': theme.light,
    '--aw-td': theme.dark,
    '--aw-z': String(chat.options.zIndex),
  };
  // `o` (open) hides the launcher under a full-screen panel on phones, out of the Tab order.
  return (
    <div
      class={`r ${chat.options.position}${open ? ' o' : ''}`}
      lang={lang}
      dir="ltr"
      style={style}
    >
      <Launcher chat={chat} buttonRef={launcher} />
      {chat.started.value && <Panel chat={chat} />}
    </div>
  );
}
