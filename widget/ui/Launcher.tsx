import type { Ref } from 'preact';
import type { Chat } from '../model/createChat';
import { Icon } from './Icon';

export function Launcher({ chat, buttonRef }: { chat: Chat; buttonRef: Ref<HTMLButtonElement> }) {
  const open = chat.isOpen.value;
  return (
    <button
      ref={buttonRef}
      type="button"
      class="l"
      aria-label={chat.strings.launcher}
      aria-expanded={open}
      // Only once the panel exists: a reference to a missing id is an ARIA error.
      aria-controls={chat.started.value ? 'aw-panel' : undefined}
      onClick={chat.toggle}
    >
      <Icon name={open ? 'close' : 'chat'} />
    </button>
  );
}
