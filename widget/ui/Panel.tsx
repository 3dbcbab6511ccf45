import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Chat } from '../model/createChat';
import { Composer } from './Composer';
import { Conversation } from './Conversation';
import { CrisisBanner } from './CrisisBanner';
import { Header } from './Header';

/** Where the full-screen layout starts; keep in step with the media query in styles.css. */
const PHONE = '(max-width: 640px)';

/** A named, non-modal dialog: no focus trap, the page stays usable behind it. */
export function Panel({ chat }: { chat: Chat }) {
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const open = chat.isOpen.value;

  // On open: the composer on desktop; on a phone the panel itself, so the keyboard does not
  // cover the greeting before the visitor has read it.
  useEffect(() => {
    if (!open) return;
    const phone = globalThis.matchMedia?.(PHONE).matches;
    (phone ? panel.current : input.current)?.focus();
  }, [open]);

  // The on-screen keyboard shrinks the visual viewport, not the layout one: size the full-screen
  // panel to what is visible so the composer stays above the keyboard. A layout effect: it runs
  // with the render, so no listener is added after a quick destroy() has unmounted the panel.
  useLayoutEffect(() => {
    const viewport = globalThis.visualViewport;
    const el = panel.current;
    if (!open || !viewport || !el) return;
    const sync = () => {
      el.style.setProperty('--aw-vh', `${viewport.height}px`);
      el.style.setProperty('--aw-vt', `${viewport.offsetTop}px`);
    };
    sync();
    viewport.addEventListener('resize', sync);
    viewport.addEventListener('scroll', sync);
    return () => {
      viewport.removeEventListener('resize', sync);
      viewport.removeEventListener('scroll', sync);
    };
  }, [open]);

  return (
    <div
      ref={panel}
      id="aw-panel"
      class="p"
      role="dialog"
      aria-modal="false"
      aria-labelledby="aw-title"
      tabIndex={-1}
      hidden={!open}
    >
      <Header chat={chat} />
      <Conversation chat={chat} />
      <Composer chat={chat} inputRef={input} />
      <CrisisBanner chat={chat} />
    </div>
  );
}
