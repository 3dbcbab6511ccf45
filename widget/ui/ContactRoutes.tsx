import type { Chat } from '../model/createChat';
import { fill } from '../strings';
import { mailHref, pageHref } from './links';
import { phoneLabel, telHref } from './phone';

/**
 * The practice's contact routes from the configuration, in the order the visitor is sent: its
 * contact page, email, phone. `text` (the unanswered questions, or an unsent message) goes along to
 * the page and the email. Under the contact form (`form`): email and phone only, after a lead line,
 * and nothing when neither is configured.
 */
export function ContactRoutes({ chat, text, form }: { chat: Chat; text?: string; form?: boolean }) {
  const { contactUrl, contactEmail, contactPhone } = chat.options;
  const t = chat.strings;
  const routes: [string, string][] = [];
  if (contactUrl && !form) routes.push([pageHref(contactUrl, text), t.contactPage]);
  if (contactEmail)
    routes.push([mailHref(contactEmail, t.mailSubject, text), fill(t.email, contactEmail)]);
  if (contactPhone) routes.push([telHref(contactPhone), fill(t.phone, phoneLabel(contactPhone))]);
  if (!routes.length) return form ? null : <p>{t.noRoutes}</p>;
  return (
    <div>
      {form && <p>{t.direct}</p>}
      <p class="ca">
        {routes.map(([href, label]) => (
          <a
            key={label}
            class="b"
            href={href}
            target={href.startsWith('http') ? '_blank' : undefined}
            rel="noopener noreferrer"
          >
            {label}
          </a>
        ))}
      </p>
    </div>
  );
}
