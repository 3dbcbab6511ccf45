/**
 * The knowledge studio's entry (built to `dist/askwell-studio.html`): under `npm run studio` it
 * opens the file the server edits; from a file or another server, it waits for staff to open one.
 * A draft a reload interrupted comes back from this tab's sessionStorage.
 */
import { render } from 'preact';
import { sheet } from '../../widget/shell';
import { dirty, openServed, persist, restore, served } from './model';
import css from './studio.css?inline';
import { App } from './ui/App';

document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet(css)];
const server = served();
if (!restore(sessionStorage, server) && server) void openServed(server);
persist(sessionStorage);
addEventListener('beforeunload', (e) => {
  if (dirty.peek()) e.preventDefault();
});
render(<App />, document.getElementById('studio') as HTMLElement);
