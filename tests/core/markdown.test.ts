// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref, toPlainText } from '../../widget/core';

describe('safeHref', () => {
  it.each([
    ['https://988lifeline.org/chat/', 'https://988lifeline.org/chat/'],
    ['mailto:hello@example.com', 'mailto:hello@example.com'],
    ['tel:+15555550123', 'tel:+15555550123'],
  ])('keeps %s', (url, expected) => expect(safeHref(url)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    '\x01javascript:alert(1)',
    ' javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.com',
    '//evil.example',
    '/relative',
    'file:///etc/passwd',
    '',
  ])('refuses %j', (url) => expect(safeHref(url)).toBeNull());
});

describe('parseMarkdown', () => {
  it('When an answer has paragraphs, a list and bold, it builds that tree', () => {
    expect(parseMarkdown('First **bold** line.\n\n- one\n- two')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'First ' },
          { type: 'bold', children: [{ type: 'text', text: 'bold' }] },
          { type: 'text', text: ' line.' },
        ],
      },
      { type: 'list', items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] },
    ]);
  });

  it('When a link is safe, it becomes a link node', () => {
    expect(parseMarkdown('[Call us](tel:+15555550123)')[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'link', href: 'tel:+15555550123', children: [{ type: 'text', text: 'Call us' }] },
      ],
    });
  });

  it('When a link is unsafe, only its text remains, with no href anywhere', () => {
    const tree = parseMarkdown('[click](javascript:alert(1)) and [x](data:text/html,hi)');
    expect(JSON.stringify(tree)).not.toContain('href');
    expect(toPlainText(tree)).toContain('click');
  });

  it('When an answer holds HTML, it stays literal text', () => {
    const src = '<img src=x onerror=alert(1)> <script>alert(1)</script> <svg onload=alert(1)>';
    expect(parseMarkdown(src)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: src }] },
    ]);
  });
});
