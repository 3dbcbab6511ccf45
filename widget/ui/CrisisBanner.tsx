import { crisisFor } from '../core';
import type { Chat } from '../model/createChat';
import { CrisisLink } from './CrisisLink';

/** Always visible in the panel, so a message the screen missed still sees where to get help. */
export function CrisisBanner({ chat }: { chat: Chat }) {
  const { text, actions } = crisisFor(chat.crisis.value, chat.lang).banner;
  return (
    <p class="cb">
      {text}
      {actions.map((a, i) => [i ? ' · ' : ' ', <CrisisLink key={a.href + a.label} action={a} />])}
    </p>
  );
}
