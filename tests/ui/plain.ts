import { parseMarkdown, toPlainText } from '../../widget/core';

/** An answer as the visitor reads it (markup gone). */
export const plainText = (markdown: string) =>
  toPlainText(parseMarkdown(markdown)).replace(/\s+/g, ' ');
