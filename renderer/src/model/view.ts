// Runs in the renderer. What the window shows: the sidebar's tab, focus mode, the shortcuts dialog.
import { signal } from '@preact/signals';

export type SidebarTab = 'library' | 'timeline';

export const sidebarTab = signal<SidebarTab>('library');
export const shortcutsOpen = signal(false);
export const focusMode = signal(false);

export function toggleFocusMode(): void {
  const entering = !focusMode.value;
  focusMode.value = entering;
  // Full screen where the platform allows it; focus mode works without it (e.g. headless).
  if (entering && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!entering && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export function leaveFocusMode(): void {
  if (focusMode.value) toggleFocusMode();
}
