/**
 * The browser suite's one helper kit: Chromium and the shipped knowledge (from scripts/browser.ts),
 * a visit with its recorder, the widget seen from outside, the keyboard, axe-core, the host pages
 * and their server, and the privacy checks.
 */
import { fileURLToPath } from 'node:url';

export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DIST,
  entry,
  type Faq,
  type FaqEntry,
  faq,
  launchChromium,
  plainText,
  ROOT,
  squash,
} from '../../../scripts/browser';
export * from './axe';
export * from './keyboard';
export * from './pages';
export * from './privacy';
export * from './visit';
export * from './widget';

export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
