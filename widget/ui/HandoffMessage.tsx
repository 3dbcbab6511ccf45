import type { Chat } from '../model/createChat';
import type { Message } from '../model/message';
import { ContactForm } from './ContactForm';
import { ContactRoutes } from './ContactRoutes';

/**
 * Says honestly there is no answer here (or why not), then how to reach the practice: the contact
 * form (the newest handoff, with `contactEndpoint`), else the routes, taking the questions along.
 */
export function HandoffMessage({
  chat,
  message,
}: {
  chat: Chat;
  message: Extract<Message, { kind: 'handoff' }>;
}) {
  const t = chat.strings;
  const endpoint = chat.options.contactEndpoint;
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
      {endpoint && chat.contact.active.value === message.id ? (
        <ContactForm chat={chat} fresh={chat.focusForm(message.id)} />
      ) : (
        <ContactRoutes chat={chat} text={endpoint ? undefined : chat.contact.prefill.value} />
      )}
    </>
  );
}
