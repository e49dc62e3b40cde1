// Runs in the renderer. What the app tells the person: start-up warnings and the latest outcome.
import { signal } from '@preact/signals';

/** Lasting problems (a damaged data file moved aside…): shown in a banner until dismissed. */
export const warnings = signal<string[]>([]);

/** The latest outcome of an action, read out politely by screen readers. */
export const statusMessage = signal<{ text: string; kind: 'info' | 'error' } | null>(null);

export function tell(text: string): void {
  statusMessage.value = { text, kind: 'info' };
}

export function complain(text: string): void {
  statusMessage.value = { text, kind: 'error' };
}

export function dismissWarning(index: number): void {
  warnings.value = warnings.value.filter((_, i) => i !== index);
}
