import type { Chat } from '../model/createChat';
import type { Message } from '../model/message';
import { ContactRoutes } from './ContactRoutes';

/** Says honestly there is no answer here (or why not), then how to reach the practice. */
export function HandoffMessage({
  chat,
  message,
}: {
  chat: Chat;
  message: Extract<Message, { kind: 'handoff' }>;
}) {
  const t = chat.strings;
  const lead =
    message.reason === 'requested'
      ? t.requested
      : message.reason === 'out-of-scope'
        ? t.outOfScope
        : t.noAnswer;
  return (
    <>
      {message.reply && <p>{message.reply}</p>}
      <p>{lead}</p>
      <ContactRoutes chat={chat} />
    </>
  );
}
