/**
 * The chat (built to `dist/askwell-chat.js`, loaded by the loader on first intent): reads every
 * option, warning about the ones it cannot use, and renders the chat into the loader's shell.
 */
import type { AskwellHandle } from './askwell';
import { WARN } from './core';
import type { ChatModule } from './loader/boot';
import { EMBEDDED, TRANSLATIONS } from './model/embedded';
import { parseOptions } from './options';
import { canvasColor, type Given, isObject, layersOf } from './parsers';
import type { Shell } from './shell';
import { mountWidget } from './ui/mountWidget';

export const start: ChatModule['start'] = (shell: Shell, given: Given): AskwellHandle => {
  if ('config' in given && given.config !== undefined && !isObject(given.config))
    console.warn(WARN.invalid('window.AskwellConfig', given.config, 'an object'));
  const { open, close, toggle, ask, destroy } = mountWidget(
    parseOptions(layersOf(given), canvasColor),
    EMBEDDED,
    shell,
    { translations: TRANSLATIONS },
  );
  return { open, close, toggle, ask, destroy };
};
