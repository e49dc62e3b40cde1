// Runs in the renderer. Every keyboard shortcut, shown by `?`.
import { useEffect, useRef } from 'preact/hooks';
import { shortcutsOpen } from '../model/view';

export const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['j / ↓', 'Next article in the list'],
  ['k / ↑', 'Previous article in the list'],
  ['Enter', 'Open the selected article'],
  ['Space / Shift+Space', 'Page down / up in the article'],
  ['h', 'Highlight the selected text'],
  ['1 – 5', 'Highlight in yellow, green, blue, pink or purple'],
  ['Ctrl/⌘+Z, Ctrl/⌘+Shift+Z', 'Undo / redo a highlight action'],
  ['n', 'Go to the note'],
  ['/', 'Search'],
  ['Enter (in search)', 'Open the best result'],
  ['f', 'Focus mode'],
  ['[ / ]', 'Previous / next version of the same story'],
  ['Esc', 'Leave focus mode, search or a dialog'],
  ['?', 'Show these shortcuts'],
];

export function ShortcutsDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const open = shortcutsOpen.value;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} class="shortcuts" aria-label="Keyboard shortcuts" onClose={() => (shortcutsOpen.value = false)}>
      <h2>Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([keys, action]) => (
          <div class="shortcut" key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <div class="dialog-buttons">
        <button type="button" class="primary" onClick={() => (shortcutsOpen.value = false)}>
          Close
        </button>
      </div>
    </dialog>
  );
}
