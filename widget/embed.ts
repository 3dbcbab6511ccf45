import { bootScript } from './ui/bootScript';

// Captured while this file first runs: with `async`, or once the page has loaded, it is null.
bootScript(document.currentScript as HTMLScriptElement | null);
