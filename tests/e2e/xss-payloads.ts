/**
 * Hostile content for the hardening suite: strings a visitor might type or a careless (or
 * compromised) knowledge file might hold. Every payload that could run script would set the
 * sentinel `__pwned` on the top window (directly, through `top`/`parent`, or through `alert`,
 * which the suite's init script turns into the same sentinel).
 *
 * `link: true` marks markdown-link forms: in a knowledge *answer* the validator rejects unsafe
 * ones (the whole file falls back to the embedded knowledge), so the suite puts those into a
 * small-talk reply, which is rendered by the same mini-markdown but validated as plain text.
 */

export interface Payload {
  name: string;
  text: string;
  /** A markdown link whose URL is not https:, mailto: or tel: (knowledge answers refuse those). */
  link?: boolean;
}

const S = 'top.__pwned=1';
const B64 = 'PHNjcmlwdD50b3AuX19wd25lZD0xPC9zY3JpcHQ+'; // <script>top.__pwned=1</script>

export const PAYLOADS: readonly Payload[] = [
  // ─── <script> ───
  { name: 'script tag', text: `<script>${S}</script>` },
  {
    name: 'script tag, upper case, data: src',
    text: `<SCRIPT SRC=data:text/javascript,${S}></SCRIPT>`,
  },
  { name: 'script tag split by a script tag', text: `<scr<script>ipt>${S}</scr</script>ipt>` },
  { name: 'attribute break-out then script', text: `"><script>${S}</script>` },
  { name: 'textarea break-out then script', text: `</textarea><script>${S}</script>` },
  { name: 'closing tags then script', text: `</p></div></span><script>${S}</script>` },
  { name: 'script calling alert', text: '<script>alert(document.domain)</script>' },
  { name: 'script with a slash attribute', text: `<script/x src="data:,${S}"></script>` },
  { name: 'script with a NUL inside the tag name', text: `<scr\u0000ipt>${S}</scr\u0000ipt>` },
  // ─── event handlers ───
  { name: 'img onerror', text: `<img src=x onerror=${S}>` },
  { name: 'img onerror, quoted', text: `<img src="x" onerror="${S}">` },
  { name: 'img onerror, mixed case', text: `<IMG SRC=x OnErRoR=${S}>` },
  {
    name: 'img onerror, entity-encoded handler',
    text: '<img src=x onerror="&#116;&#111;&#112;.__pwned=1">',
  },
  { name: 'body onload', text: `<body onload=${S}>` },
  { name: 'div onmouseover', text: `<div onmouseover="${S}">hover me</div>` },
  { name: 'input autofocus onfocus', text: `<input autofocus onfocus=${S}>` },
  { name: 'details ontoggle', text: `<details open ontoggle=${S}>` },
  { name: 'video source onerror', text: `<video><source onerror=${S}></video>` },
  { name: 'audio onerror', text: `<audio src=x onerror=${S}>` },
  { name: 'marquee onstart', text: `<marquee onstart=${S}>x</marquee>` },
  { name: 'select autofocus onfocus', text: `<select autofocus onfocus=${S}></select>` },
  { name: 'textarea autofocus onfocus', text: `<textarea autofocus onfocus=${S}></textarea>` },
  { name: 'attribute break-out, double quote', text: `" onfocus="${S}" autofocus="` },
  { name: 'attribute break-out, single quote', text: `' onmouseover='${S}' x='` },
  { name: 'handler after a slash', text: `<img/src/onerror=${S}>` },
  // ─── SVG and MathML ───
  { name: 'svg onload', text: `<svg onload=${S}>` },
  { name: 'svg/onload', text: `<svg/onload=${S}>` },
  { name: 'svg with script', text: `<svg><script>${S}</script></svg>` },
  { name: 'svg animate onbegin', text: `<svg><animate onbegin=${S} attributeName=x dur=1s>` },
  {
    name: 'svg a xlink:href javascript:',
    text: `<svg><a xlink:href="javascript:${S}"><text x="20" y="20">click</text></a></svg>`,
  },
  {
    name: 'mathml mutation (mXSS)',
    text: `<math><mtext><table><mglyph><style><img src=x onerror=${S}>`,
  },
  // ─── frames, objects, navigation ───
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>' },
  { name: 'iframe javascript: src', text: '<iframe src="javascript:parent.__pwned=1"></iframe>' },
  {
    name: 'iframe data:text/html src',
    text: '<iframe src="data:text/html,<script>parent.__pwned=1</script>"></iframe>',
  },
  { name: 'object data javascript:', text: `<object data="javascript:${S}"></object>` },
  { name: 'embed src javascript:', text: `<embed src="javascript:${S}">` },
  {
    name: 'button formaction javascript:',
    text: `<form><button formaction="javascript:${S}">go</button></form>`,
  },
  { name: 'a href javascript:', text: `<a href="javascript:${S}">click</a>` },
  { name: 'a href entity-encoded javascript:', text: `<a href="&#x6A;avascript:${S}">click</a>` },
  {
    name: 'meta refresh to javascript:',
    text: `<meta http-equiv="refresh" content="0;url=javascript:${S}">`,
  },
  { name: 'base href javascript:', text: `<base href="javascript:${S}//">` },
  {
    name: 'style with javascript: url',
    text: `<div style="background:url(javascript:${S})">x</div>`,
  },
  { name: 'template with img', text: `<template><img src=x onerror=${S}></template>` },
  { name: 'comment confusion', text: `<!--<img src="--><img src=x onerror=${S}//">` },
  {
    name: 'noscript confusion',
    text: `<noscript><p title="</noscript><img src=x onerror=${S}>"></noscript>`,
  },
  // ─── bare URLs a visitor might paste (must stay text, never become links) ───
  { name: 'javascript: URL', text: `javascript:${S}` },
  { name: 'javascript: URL, mixed case', text: `JaVaScRiPt:${S}` },
  { name: 'javascript: URL with a tab in the scheme', text: `java\tscript:${S}` },
  { name: 'javascript: URL with a newline in the scheme', text: `java\nscript:${S}` },
  { name: 'javascript: URL with a carriage return in the scheme', text: `java\rscript:${S}` },
  { name: 'javascript: URL after \\x01', text: `\u0001javascript:${S}` },
  { name: 'javascript: URL after leading whitespace', text: ` \t javascript:${S}` },
  { name: 'javascript: URL as decimal entities', text: `&#106;&#97;&#118;&#97;script:${S}` },
  { name: 'javascript: URL as hex entities', text: `&#x6A;&#x61;&#x76;&#x61;script&colon;${S}` },
  { name: 'data:text/html URL', text: `data:text/html,<script>${S}</script>` },
  { name: 'data:text/html;base64 URL', text: `data:text/html;base64,${B64}` },
  { name: 'vbscript: URL', text: 'vbscript:msgbox(1)' },
  { name: 'escaped entities stay escaped', text: `&lt;script&gt;${S}&lt;/script&gt;` },
  { name: 'numeric entities for a tag', text: `&#60;img src=x onerror=${S}&#62;` },
  { name: 'template injection', text: "{{constructor.constructor('top.__pwned=1')()}}" },
  { name: 'template literal', text: `\${${S}}` },
  // ─── markdown links (the answers' mini-markdown) ───
  { name: 'md link javascript:', text: `[x](javascript:${S})`, link: true },
  { name: 'md link JaVaScRiPt:', text: `[x](JaVaScRiPt:${S})`, link: true },
  { name: 'md link JAVASCRIPT:', text: `[x](JAVASCRIPT:${S})`, link: true },
  { name: 'md link with a space before javascript:', text: `[x]( javascript:${S})`, link: true },
  { name: 'md link with a tab in the scheme', text: `[x](java\tscript:${S})`, link: true },
  { name: 'md link with \\x01 before javascript:', text: `[x](\u0001javascript:${S})`, link: true },
  {
    name: 'md link with control characters in the scheme',
    text: `[x](java\u0000scr\u001fipt:${S})`,
    link: true,
  },
  {
    name: 'md link javascript:// with an encoded newline',
    text: `[x](javascript://%0A${S})`,
    link: true,
  },
  { name: 'md link with an entity colon', text: `[x](javascript&#58;${S})`, link: true },
  { name: 'md link with an entity j', text: `[x](&#106;avascript:${S})`, link: true },
  { name: 'md link data:text/html', text: `[x](data:text/html,<script>${S}</script>)`, link: true },
  { name: 'md link data: base64', text: `[x](data:text/html;base64,${B64})`, link: true },
  { name: 'md link vbscript:', text: '[x](vbscript:msgbox)', link: true },
  { name: 'md link https:javascript:', text: `[x](https:javascript:${S})`, link: true },
  { name: 'md link protocol-relative', text: '[x](//evil.example/steal)', link: true },
  { name: 'md link relative path', text: '[x](/askwell.js)', link: true },
  {
    name: 'md nested brackets, javascript: inside',
    text: `[[x](javascript:${S})](https://example.com/)`,
    link: true,
  },
  {
    name: 'md safe link followed by a javascript: one',
    text: `[ok](https://example.com/)[x](javascript:${S})`,
    link: true,
  },
  { name: 'md link inside bold', text: `**[x](javascript:${S})**`, link: true },
  { name: 'md link inside a list item', text: `- [x](javascript:${S})`, link: true },
  // Safe URLs with hostile link text: the text must stay text.
  {
    name: 'md https link whose text is an img tag',
    text: `[<img src=x onerror=${S}>](https://example.com/)`,
  },
  {
    name: 'md mailto link with a script in the query',
    text: `[mail](mailto:a@example.com?body=<script>${S}</script>)`,
  },
  { name: 'md bold script', text: `**<script>${S}</script>**` },
];

/** Payload names are unique, so a failure names the one that got through. */
export function payloadNames(): string[] {
  return PAYLOADS.map((p) => p.name);
}
