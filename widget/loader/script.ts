import { LOADER_WARN } from '../core';
import { type AskwellApi, boot, type ChatModule } from './boot';

declare global {
  interface Window {
    Askwell?: AskwellApi;
    AskwellConfig?: unknown;
  }
}

/** The chat's file, beside the loader's own. */
export const CHAT_FILE = 'askwell-chat.js';

/**
 * The script-tag bootstrap: `window.Askwell` at once, the launcher on `<body>` as soon as there is
 * one, the chat (`load`) on first intent. A second copy of the script finds `window.Askwell` and
 * stops.
 */
export function bootScript(
  script: HTMLScriptElement | null,
  load: (attempt: number) => Promise<ChatModule>,
  where: string,
): void {
  if (window.Askwell) {
    console.warn(LOADER_WARN.twice);
    return;
  }
  const { api, host } = boot(
    { config: window.AskwellConfig, data: { ...script?.dataset } },
    load,
    where,
  );
  const attach = () => document.body.appendChild(host);
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
  window.Askwell = {
    ...api,
    destroy() {
      document.removeEventListener('DOMContentLoaded', attach);
      api.destroy();
      delete window.Askwell;
    },
  };
}
