// Runs in the renderer. The highlight keys: h highlights the selection, 1–5 highlight it in a colour
// (or recolour the highlight whose popover is open), Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or
// Ctrl+Y) redoes the last highlight action. Never called while the person types in a field.
import { popover } from '../model/popover';
import { HIGHLIGHT_COLORS, recolorHighlight } from '../model/reader';
import { tell } from '../model/status';
import { redo, undo } from '../model/undo';
import { highlightSelection } from './Reader';

function report(action: 'Undid' | 'Redid', label: Promise<string | null>): void {
  void label.then((what) => (what ? tell(`${action} ${what}.`) : tell(`Nothing to ${action === 'Undid' ? 'undo' : 'redo'}.`)));
}

/** Handles the event if it is a highlight key; true when it did (the caller prevents the default). */
export function highlightShortcut(event: KeyboardEvent): boolean {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey) {
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      report('Undid', undo());
      return true;
    }
    if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
      report('Redid', redo());
      return true;
    }
    return false;
  }
  if (command || event.altKey) return false;
  if (event.key === 'h') return highlightSelection();
  const color = /^[1-5]$/.test(event.key) ? HIGHLIGHT_COLORS[Number(event.key) - 1] : undefined;
  if (!color) return false;
  if (highlightSelection(color)) return true;
  const open = popover.value;
  if (!open) return false;
  void recolorHighlight(open.highlightId, color);
  return true;
}
