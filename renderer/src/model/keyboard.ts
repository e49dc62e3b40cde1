// Runs in the renderer. The reader's single-key shortcuts (see ShortcutsDialog for the list).
// Keys typed into a field never reach here; modified keys are left to the browser and the menus.
import { goToNote } from './notes-fold';
import { clearSearch, searchQuery } from './search';
import { leaveFocusMode, focusMode, shortcutsOpen, toggleFocusMode } from './view';

export interface ListNavigation {
  move(step: 1 | -1): void;
  openCurrent(): void;
  switchVersion(step: 1 | -1): void;
}

let navigation: ListNavigation | null = null;

/** The library list registers how to move through what it shows (sorted, filtered, grouped). */
export function setListNavigation(next: ListNavigation | null): void {
  navigation = next;
}

function readerPane(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.reader-pane');
}

function pageBy(direction: 1 | -1): void {
  const pane = readerPane();
  if (pane) pane.scrollBy({ top: direction * pane.clientHeight * 0.88 });
}

/** Handles one key press; true when it was a shortcut (the caller prevents the default). */
export function readerShortcut(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const inList = event.target instanceof Element && event.target.closest('[role="listbox"]') !== null;
  switch (event.key) {
    case '/':
      document.querySelector<HTMLInputElement>('#search-box')?.focus();
      return true;
    case '?':
      shortcutsOpen.value = true;
      return true;
    case 'f':
      toggleFocusMode();
      return true;
    case 'n':
      leaveFocusMode();
      void goToNote();
      return true;
    case 'Escape':
      if (focusMode.value) leaveFocusMode();
      else if (searchQuery.value) clearSearch();
      else return false;
      return true;
    case 'j':
      navigation?.move(1);
      return true;
    case 'k':
      navigation?.move(-1);
      return true;
    case 'ArrowDown':
    case 'ArrowUp':
      if (inList) return false; // the list handles its own arrows
      navigation?.move(event.key === 'ArrowDown' ? 1 : -1);
      return true;
    case 'Enter':
      if (inList || event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return false;
      navigation?.openCurrent();
      return true;
    case ' ':
      if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLSelectElement) return false;
      pageBy(event.shiftKey ? -1 : 1);
      return true;
    case '[':
      navigation?.switchVersion(-1);
      return true;
    case ']':
      navigation?.switchVersion(1);
      return true;
    default:
      return false;
  }
}
