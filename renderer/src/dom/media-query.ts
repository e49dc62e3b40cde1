// Runs in the renderer. A CSS media query as a signal: whether the window matches it, kept up to date
// as the window is resized or the system's settings change.
import { signal, type ReadonlySignal } from '@preact/signals';

export function mediaSignal(query: string): ReadonlySignal<boolean> {
  const media = window.matchMedia(query);
  const matches = signal(media.matches);
  media.addEventListener('change', (event) => (matches.value = event.matches));
  return matches;
}
