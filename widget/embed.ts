import { importFrom } from './loader/boot';
import { bootScript, CHAT_FILE } from './loader/script';

// Read while this file first runs: `document.currentScript` is the tag (async or not, inserted by
// a tag manager or not) only during that synchronous run; later it is null. Null also happens when
// the bundle is evaluated in some other way; then the defaults and `AskwellConfig` apply, and the
// chat is looked for beside the page.
const script = document.currentScript as HTMLScriptElement | null;
const chat = new URL(CHAT_FILE, script?.src || document.baseURI).href;
// An ES module, by dynamic import(): no script element (a Trusted Types sink) is made, and the
// request carries this script's nonce.
bootScript(script, importFrom(chat), chat);
