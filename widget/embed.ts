import { bootScript } from './ui/bootScript';

// Read while this file first runs: `document.currentScript` is the tag (async or not, inserted by
// a tag manager or not) only during that synchronous run; later it is null. Null also happens when
// the bundle is evaluated in some other way; then the defaults and `AskwellConfig` apply.
bootScript(document.currentScript as HTMLScriptElement | null);
