// Runs in the renderer. Asking the person for a path: the desktop's native chooser, or, in browser
// mode (where a page cannot see the server's disk), a small dialog where the path is typed.
import { signal } from '@preact/signals';
import type { PathRequest } from '../../../electron/common/contract';
import { api } from '../api/client';
import { appInfo } from './library';

export interface PromptState {
  request: PathRequest;
  /** Label of the confirm button, e.g. "Open" or "Export". */
  confirmLabel: string;
  initial: string;
  resolve: (path: string | null) => void;
}

export const pathPrompt = signal<PromptState | null>(null);

export async function askForPath(request: PathRequest, confirmLabel: string, initial = ''): Promise<string | null> {
  if (appInfo.value?.mode === 'electron') return api.choosePath(request);
  return new Promise((resolve) => {
    pathPrompt.value = { request, confirmLabel, initial, resolve };
  });
}

export function answerPathPrompt(path: string | null): void {
  const prompt = pathPrompt.value;
  pathPrompt.value = null;
  prompt?.resolve(path === null || path.trim() === '' ? null : path.trim());
}
