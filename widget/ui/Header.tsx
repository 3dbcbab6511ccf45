import type { Chat } from '../model/createChat';
import { Icon } from './Icon';

export function Header({ chat }: { chat: Chat }) {
  const t = chat.strings;
  return (
    <div class="h">
      <div class="ht">
        <h2 id="aw-title">{chat.options.practiceName || t.title}</h2>
        <button type="button" class="a" onClick={chat.requestContact}>
          {t.talkToPerson}
        </button>
      </div>
      <button type="button" class="i" aria-label={t.clear} title={t.clear} onClick={chat.clear}>
        <Icon name="clear" />
      </button>
      <button type="button" class="i" aria-label={t.close} title={t.close} onClick={chat.close}>
        <Icon name="close" />
      </button>
    </div>
  );
}
