import type { Chat } from '../model/createChat';
import { fill } from '../strings';
import { phoneLabel, telHref } from './phone';

/**
 * The practice's contact routes from the configuration. The in-chat contact form (its own issue)
 * renders here when `contactEndpoint` is set, opened through `chat.requestContact()`.
 */
export function ContactRoutes({ chat }: { chat: Chat }) {
  const { contactUrl, contactEmail, contactPhone } = chat.options;
  const t = chat.strings;
  const routes: [string, string][] = [];
  if (contactPhone) routes.push([telHref(contactPhone), fill(t.phone, phoneLabel(contactPhone))]);
  if (contactEmail) routes.push([`mailto:${contactEmail}`, fill(t.email, contactEmail)]);
  if (contactUrl) routes.push([contactUrl, t.contactPage]);
  if (!routes.length) return <p>{t.noRoutes}</p>;
  return (
    <p class="ca">
      {routes.map(([href, label]) => (
        <a
          key={href}
          class="b"
          href={href}
          target={href.startsWith('http') ? '_blank' : undefined}
          rel="noopener noreferrer"
        >
          {label}
        </a>
      ))}
    </p>
  );
}
