import type { Chat } from '../model/createChat';
import type { Message } from '../model/message';
import { Chips } from './Chips';
import { ContactForm } from './ContactForm';
import { ContactRoutes } from './ContactRoutes';

const LEADS = {
  requested: 'requested',
  topic: 'outOfScope',
  personal: 'personal',
  'no-match': 'noAnswer',
  language: 'otherLanguage',
} as const;

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
  const lead = t[LEADS[message.reason]];
  return (
    <>
      {message.reply && <p>{message.reply}</p>}
      <p>{lead}</p>
      {message.related && message.related.length > 0 && (
        <Chips label={t.alsoRead} items={message.related} onPick={chat.choose} />
      )}
      {endpoint && chat.contact.active.value === message.id ? (
        <ContactForm chat={chat} fresh={chat.focusForm(message.id)} />
      ) : (
        <ContactRoutes chat={chat} text={endpoint ? undefined : chat.contact.prefill.value} />
      )}
    </>
  );
}
