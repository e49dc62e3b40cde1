// Runs in the renderer. The whole window: toolbar, library, reader, notes; and the keyboard.
import { useEffect, useState } from 'preact/hooks';
import { readerShortcut } from '../model/keyboard';
import { focusMode } from '../model/view';
import { Banner, StatusLine } from './Banner';
import { ExportDialog } from './ExportDialog';
import { NotesPanel } from './NotesPanel';
import { PathPrompt } from './PathPrompt';
import { highlightShortcut } from './highlight-keys';
import { Reader } from './Reader';
import { ReadingProgress } from './ReadingProgress';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { Toolbar } from './Toolbar';

/** Typing in a field must never trigger a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** In focus mode the toolbar fades while reading and comes back when the mouse moves. */
const CHROME_IDLE_MS = 1500;

function useChromeHidden(): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    if (!focusMode.value) return setHidden(false);
    let timer = setTimeout(() => setHidden(true), CHROME_IDLE_MS);
    const onMove = () => {
      setHidden(false);
      clearTimeout(timer);
      timer = setTimeout(() => setHidden(true), CHROME_IDLE_MS);
    };
    window.addEventListener('mousemove', onMove);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('mousemove', onMove);
    };
  }, [focusMode.value]);
  return hidden;
}

export function App() {
  const chromeHidden = useChromeHidden();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (highlightShortcut(event) || readerShortcut(event)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div class={`app${focusMode.value ? ' focus-mode' : ''}${chromeHidden ? ' chrome-hidden' : ''}`}>
      <Toolbar />
      <Banner />
      <div class="panes">
        <Sidebar />
        <main class="reader-pane">
          <ReadingProgress />
          <Reader />
        </main>
        <NotesPanel />
      </div>
      <StatusLine />
      <PathPrompt />
      <ExportDialog />
      <ShortcutsDialog />
    </div>
  );
}
