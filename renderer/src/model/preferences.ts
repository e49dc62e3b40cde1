// Runs in the renderer. How the person likes to read: theme, type size, leading, column width.
// Applied to the document at once; saved with the rest of Lectern's data (see savePreferences).
import { effect, signal } from '@preact/signals';
import type { ReaderPreferences, Theme } from '../../../electron/common/contract';
import { mediaSignal } from '../dom/media-query';

export const THEMES: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

export const LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.3, max: 2.2, step: 0.1 },
  columnWidth: { min: 28, max: 56, step: 2 },
} as const;

/** Only until the remembered settings arrive from the backend (AppInfo.preferences) at start. */
export const DEFAULT_PREFERENCES: ReaderPreferences = { theme: 'system', fontSize: 19, lineHeight: 1.7, columnWidth: 38 };

export const preferences = signal<ReaderPreferences>(DEFAULT_PREFERENCES);

/** What the operating system prefers, for the System theme; follows changes while Lectern runs. */
const prefersDark = mediaSignal('(prefers-color-scheme: dark)');

effect(() => {
  const { theme, fontSize, lineHeight, columnWidth } = preferences.value;
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.dataset.appearance = theme === 'system' ? (prefersDark.value ? 'dark' : 'light') : theme;
  root.style.setProperty('--font-size', `${fontSize}px`);
  root.style.setProperty('--line-height', String(lineHeight));
  root.style.setProperty('--column-width', `${columnWidth}rem`);
});

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, Math.round(value * 10) / 10));
}

/** Adjusts one setting within its limits; the caller saves. */
export function adjust(key: keyof typeof LIMITS, direction: 1 | -1): ReaderPreferences {
  const limits = LIMITS[key];
  const next = { ...preferences.value, [key]: clamp(preferences.value[key] + direction * limits.step, limits) };
  preferences.value = next;
  return next;
}
