// Runs in the renderer. Undo and redo of highlight actions (add, remove, recolour) for the open
// article: Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z. Each step is a pair of backend calls, so what is undone is
// undone on disk too. Typing in a note is left to the text field's own undo.
import { signal } from '@preact/signals';

export interface UndoStep {
  /** What the status line says, e.g. "highlight" → "Undid highlight". */
  label: string;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

const done: UndoStep[] = [];
const undone: UndoStep[] = [];
/** Bumped on every change, so buttons or hints that show availability re-render. */
export const undoVersion = signal(0);
/** Steps run one at a time: pressing Ctrl+Z twice quickly must undo two steps, in order. */
let running: Promise<unknown> = Promise.resolve();

const LIMIT = 100;

export function recordStep(step: UndoStep): void {
  done.push(step);
  if (done.length > LIMIT) done.shift();
  undone.length = 0;
  undoVersion.value++;
}

/** A new article: its history starts afresh (undoing in an article no longer shown would surprise). */
export function clearHistory(): void {
  done.length = 0;
  undone.length = 0;
  undoVersion.value++;
}

function move(from: UndoStep[], to: UndoStep[], run: (step: UndoStep) => Promise<boolean>): Promise<string | null> {
  const result = running.then(async () => {
    const step = from.pop();
    if (!step) return null;
    // A failed step (e.g. the highlight was deleted meanwhile) is dropped rather than retried forever.
    if (await run(step)) to.push(step);
    undoVersion.value++;
    return step.label;
  });
  running = result.catch(() => undefined);
  return result;
}

/** Resolves with the label of what was undone, or null when there was nothing to undo. */
export function undo(): Promise<string | null> {
  return move(done, undone, (step) => step.undo());
}

export function redo(): Promise<string | null> {
  return move(undone, done, (step) => step.redo());
}
