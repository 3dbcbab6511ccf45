/** The practice's contact page with the visitor's question in a `message` query parameter. */
export function pageHref(url: string, text?: string): string {
  if (!text) return url;
  const u = new URL(url);
  u.searchParams.set('message', text);
  return u.href;
}

/** A `mailto:` link, prefilled with a subject and the visitor's question when there is one. */
export function mailHref(address: string, subject: string, text?: string): string {
  const enc = encodeURIComponent; // not URLSearchParams: mail programs read "+" literally
  return text ? `mailto:${address}?subject=${enc(subject)}&body=${enc(text)}` : `mailto:${address}`;
}
