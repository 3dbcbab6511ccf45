// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scan } from '../../scripts/check-bundle';

describe('The bundle check', () => {
  it.each([
    'eval("1")',
    'x=new Function("a","return a")',
    'e.innerHTML=h.__html',
    'n.outerHTML',
    'el.insertAdjacentHTML("beforeend",s)',
    '{dangerouslySetInnerHTML:{__html:s}}',
    'document.write(s)',
    'setTimeout("alert(1)",0)',
    "el.setAttribute('style','color:red')",
  ])('fails on %s', (code) => {
    expect(scan(code)).toHaveLength(1);
  });

  it('passes ordinary code', () => {
    expect(
      scan('e.textContent=t;el.style.setProperty("color",c);setTimeout(f,0);evaluate(x)'),
    ).toEqual([]);
  });
});
