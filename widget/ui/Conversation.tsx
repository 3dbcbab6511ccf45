import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Chat } from '../model/createChat';
import { Greeting } from './Greeting';
import { MessageItem } from './MessageItem';
import { scrollTarget } from './scrollTarget';

/** The live region: rendered with the panel, before any message, so each reply is announced. */
export function Conversation({ chat }: { chat: Chat }) {
  const log = useRef<HTMLDivElement>(null);
  const shown = useRef(false);
  const messages = chat.messages.value;
  const open = chat.isOpen.value;
  // A new message, or the panel (re)opened: bring the newest reply's start into view. Instantly
  // on opening; otherwise as the stylesheet says (smooth, unless the visitor prefers less motion).
  useLayoutEffect(() => {
    const el = log.current;
    const jump = !shown.current;
    shown.current = open;
    const last = el?.lastElementChild;
    if (!el || !last || !open || !messages.length) return;
    const top = (n: Element) =>
      n.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    const end = el.scrollHeight - el.clientHeight;
    const prev = last.previousElementSibling;
    const asked = messages.at(-2)?.kind === 'visitor' && prev ? top(prev) : undefined;
    el.scrollTo({
      top:
        messages.at(-1)?.kind === 'visitor'
          ? end
          : scrollTarget(el.clientHeight, end, top(last), asked),
      behavior: jump ? 'instant' : 'auto',
    });
  }, [messages.length, open]);
  return (
    <>
      {/* Focusable so keyboard users can scroll it; its content is read as a log. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <div class="g" role="log" aria-label={chat.strings.log} tabIndex={0} ref={log}>
        <Greeting chat={chat} />
        {messages.map((m) => (
          <MessageItem key={m.id} chat={chat} message={m} />
        ))}
      </div>
      <p class="sr" role="status">
        {chat.notice.value}
      </p>
    </>
  );
}
