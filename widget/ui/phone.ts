/**
 * A phone number as the call button shows it: a US (NANP) number as `(555) 555-0123`, any other
 * as given. The `tel:` link keeps the digits as configured.
 */
export function phoneLabel(raw: string): string {
  const us = /^(?:\+?1)?([2-9]\d\d)([2-9]\d\d)(\d{4})$/.exec(raw.replace(/[\s().-]/g, ''));
  return us ? `(${us[1]}) ${us[2]}-${us[3]}` : raw;
}

export const telHref = (raw: string) => `tel:${raw.replace(/[^\d+]/g, '')}`;
