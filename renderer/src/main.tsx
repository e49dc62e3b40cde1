// Runs in the renderer. Start-up: fonts, styles, the app, and saving on the way out.
import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import '@fontsource/literata/600.css';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './styles/app.css';
import './styles/reader.css';
import './styles/annotations.css';
import './styles/extraction.css';
import './styles/themes.css';
import './styles/reader-experience.css';
import './styles/export.css';
import { render } from 'preact';
import { App } from './components/App';
import { listenForMenuCommands } from './model/commands';
import { followLaunchLink, listenForLinks } from './model/deep-link';
import { startApp } from './model/library';
import { saveHighlightNoteBeforeUnload } from './model/highlight-note';
import { listenForSearchIndexing } from './model/search';
import { saveBeforeUnload } from './model/note';
import { flushPosition } from './model/reading-state';

listenForMenuCommands();
listenForLinks();
listenForSearchIndexing();
window.addEventListener('pagehide', saveBeforeUnload);
window.addEventListener('pagehide', flushPosition);
window.addEventListener('pagehide', saveHighlightNoteBeforeUnload);
// The first requests go out before the first render: the library is what the person waits for, and
// the backend can be opening it while the page builds itself.
const started = startApp();
// The first render gets a task of its own. In the script's task, the browser's first style pass
// (where it looks up fonts, slow on a busy machine) and layout would follow it at once, making
// one task of well over 100 ms in which the page cannot answer input.
const root = document.getElementById('app');
if (root) setTimeout(() => render(<App />, root), 0);
void started.then(() => document.documentElement.setAttribute('data-ready', 'true')).then(followLaunchLink);
