// Runs in the renderer. The whole window: toolbar, library, reader, notes; and the keyboard.
import { useEffect } from 'preact/hooks';
import { Banner, StatusLine } from './Banner';
import { LibraryPane } from './LibraryPane';
import { NotesPanel } from './NotesPanel';
import { PathPrompt } from './PathPrompt';
import { highlightSelection, Reader } from './Reader';
import { Toolbar } from './Toolbar';

/** Typing in a field must never trigger a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function App() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'h' && highlightSelection()) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div class="app">
      <Toolbar />
      <Banner />
      <div class="panes">
        <LibraryPane />
        <main class="reader-pane">
          <Reader />
        </main>
        <NotesPanel />
      </div>
      <StatusLine />
      <PathPrompt />
    </div>
  );
}
