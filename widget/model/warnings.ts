/** Every console message the widget prints, in one place; tests assert on these same functions. */

const show = (value: unknown) => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value); // circular or BigInt
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const fallback = 'using the built-in knowledge instead';

export const WARN = Object.freeze({
  invalid: (name: string, value: unknown, expected: string) =>
    `Askwell: ${name} ${show(value)} is not valid (expected ${expected}); using the default.`,
  unknown: (name: string) => `Askwell: ${name} is not an Askwell option; ignored.`,
  twice: 'Askwell: the script is included more than once; only the first one mounts.',
  fetchFailed: (url: string, why: string) =>
    `Askwell: could not load knowledge from ${url} (${why}); ${fallback}.`,
  httpStatus: (url: string, status: number) =>
    `Askwell: knowledge from ${url} returned HTTP ${status}; ${fallback}.`,
  notJson: (url: string) => `Askwell: knowledge from ${url} is not valid JSON; ${fallback}.`,
  noContact:
    'Askwell: no contact route is set (data-contact-endpoint, data-contact-url, data-contact-email or data-contact-phone); visitors who need a person are only told to contact the practice.',
  schema: (source: string, problems: string) =>
    `Askwell: knowledge from ${source} is not valid: ${problems}; ${fallback}.`,
});
