import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../widget/ui/Markdown';

function show(source: string) {
  const el = document.createElement('div');
  render(<Markdown source={source} />, el);
  return el;
}

describe('When an answer is rendered', () => {
  it('makes paragraphs, lists and bold into elements', () => {
    const el = show('First **bold** line.\n\n- one\n- two');
    expect(el.querySelector('p strong')?.textContent).toBe('bold');
    expect([...el.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['one', 'two']);
  });

  it('links https (in a new tab), mailto and tel', () => {
    const el = show(
      '[site](https://example.org/x) [mail](mailto:a@example.org) [call](tel:+15555550123)',
    );
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/x',
      'mailto:a@example.org',
      'tel:+15555550123',
    ]);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[1]?.hasAttribute('target')).toBe(false);
  });

  it.each([
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    '\x01javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
  ])('renders a %j link as text, without an href', (url) => {
    const el = show(`[click](${url})`);
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('click');
  });

  it.each(['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<svg onload=alert(1)>'])(
    'shows %s as literal text',
    (html) => {
      const el = show(`Before ${html} after`);
      expect(el.querySelector('img, script, svg')).toBeNull();
      expect(el.textContent).toBe(`Before ${html} after`);
    },
  );
});
