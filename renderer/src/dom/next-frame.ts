// Runs in the renderer. Waiting for the page to draw before the next piece of work, so that two
// pieces of work are drawn in two frames rather than laid out together in one long task.

/** How long to wait for a frame at most: a hidden page (an Electron window not yet shown) draws none. */
const NO_FRAME_MS = 100;

/** Resolves once the next frame has been drawn (a task after it), or after NO_FRAME_MS. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() =>
      // Frame callbacks run before the frame's style and layout; a task queued from one runs after.
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
