import type { Plugin } from 'vite';

/**
 * Preact can set raw HTML through `dangerouslySetInnerHTML`; Askwell never uses it, and the build
 * must not contain `innerHTML` at all (quality bar: no HTML sinks, Trusted Types safe). This
 * renames the prop to one nobody passes and turns the (now unreachable) assignment into
 * `textContent`, so even a stray prop could only ever set text. scripts/check-bundle.ts proves
 * the result.
 */
export function noRawHtml(): Plugin {
  return {
    name: 'askwell-no-raw-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id)) return null;
      return code
        .replaceAll('dangerouslySetInnerHTML', '__askwellNoRawHtml')
        .replaceAll('innerHTML', 'textContent');
    },
  };
}
