/**
 * The answers' mini-markdown, parsed to a tree that the UI renders as Preact nodes. It never
 * produces HTML: text stays text, so `<script>` in an answer shows as those characters.
 *
 * Supported: paragraphs (blank line between), bullet lists (`- ` or `* ` lines), `**bold**`, and
 * `[text](url)` links whose URL is `https:`, `mailto:` or `tel:`. Anything else is literal text.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; items: Inline[][] };

const SAFE_PROTOCOLS = new Set(['https:', 'mailto:', 'tel:']);

/**
 * The URL if it is safe to put in an `href`, else null. `new URL` does the parsing, so the
 * tricks that fool string checks (`JaVaScRiPt:`, `java\tscript:`, leading control characters,
 * entities are not decoded at all) end up with a protocol that is not on the list.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  // Browsers strip these before parsing; `new URL` does too, but a relative URL must not sneak in.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

const LIST_ITEM = /^\s*[-*]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: Inline[][] | null = null;
  const flushParagraph = () => {
    if (paragraph.length)
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', items: list });
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      list ??= [];
      list.push(parseInline((item[1] ?? '').trim()));
    } else if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

// `[text](url)` or `**bold**`; everything between is text. Link text may hold bold, not links.
const TOKEN = /\[([^\]\n]+)\]\(([^)\s]*)\)|\*\*([^*\n]+)\*\*/g;

function parseInline(text: string, allowLinks = true): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (!value) return;
    const prev = out[out.length - 1];
    if (prev?.type === 'text') prev.text += value;
    else out.push({ type: 'text', text: value });
  };
  for (const m of text.matchAll(TOKEN)) {
    const index = m.index ?? 0;
    pushText(text.slice(last, index));
    last = index + m[0].length;
    const [whole, linkText, url, bold] = m;
    if (bold !== undefined) {
      out.push({ type: 'bold', children: parseInline(bold, allowLinks) });
    } else if (linkText !== undefined && allowLinks) {
      const href = safeHref(url ?? '');
      if (href) out.push({ type: 'link', href, children: parseInline(linkText, false) });
      else pushText(linkText);
    } else {
      pushText(whole);
    }
  }
  pushText(text.slice(last));
  return out;
}

/** The same tree as plain text (for the CLI, and for `aria` text where markup means nothing). */
export function toPlainText(blocks: Block[]): string {
  const inline = (nodes: Inline[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.text : inline(n.children))).join('');
  return blocks
    .map((b) =>
      b.type === 'paragraph' ? inline(b.children) : b.items.map((i) => `- ${inline(i)}`).join('\n'),
    )
    .join('\n');
}
