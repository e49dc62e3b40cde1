// Runs in Node. One library's index cache passes from a closing session to the next one opened on
// the same folder only once the closing one has saved and closed it: two sessions writing one
// cache at once would mix their bodies and overwrite each other's manifests.

/** Caches still closing, by cache folder. */
const closing = new Map<string, Promise<void>>();

/** Settles once no session is closing the cache in `dir`. */
export async function untilReleased(dir: string): Promise<void> {
  await closing.get(dir);
}

/**
 * Closes the cache in `dir` (`closeCache`) once `lastWrites` settle (a run stopping and saving what
 * it extracted); never rejects. Meanwhile a session opening the same cache waits (untilReleased).
 */
export async function releaseAfter(dir: string, lastWrites: Promise<void>, closeCache: () => void): Promise<void> {
  const released = lastWrites.catch((error: unknown) => console.error('lectern: saving the library index while closing failed:', error)).then(closeCache);
  closing.set(dir, released);
  await released;
  if (closing.get(dir) === released) closing.delete(dir);
}
