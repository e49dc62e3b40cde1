// Runs in Node. What the folder watcher's report means for an open library: the files to extract
// (new, or with another size or mtime than the index cache holds) and the cached files that went.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_FILE } from '../indexer/extract-file.js';
import type { ExtractTask } from '../indexer/extract-job.js';
import { reusableHash, type CachedFile, type IndexCache } from '../indexer/index-cache.js';
import { isFolder } from '../indexer/index-library.js';

export interface RefreshPlan {
  work: ExtractTask[];
  gone: CachedFile[];
}

/**
 * `paths`: "/"-separated, relative to `folder`, each a file or a folder. Null when the folder itself
 * is gone (the list then stays whole: see LibrarySession.folderGone) or `stop()` turned true while
 * the files were looked at.
 */
export async function planRefresh(folder: string, cache: IndexCache, paths: readonly string[], stop: () => boolean): Promise<RefreshPlan | null> {
  const work: ExtractTask[] = [];
  const gone = new Set<CachedFile>();
  /** Asked once, at the first file not found: the whole folder gone takes nothing off the list. */
  let folderThere: Promise<boolean> | null = null;
  for (const file of paths) {
    if (stop()) return null;
    const info = await stat(path.join(folder, ...file.split('/'))).catch(() => null);
    if (!info && !(await (folderThere ??= isFolder(folder)))) return null;
    if (info?.isFile() && ARTICLE_FILE.test(file)) {
      const cached = cache.files.get(file);
      if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) continue;
      work.push({ root: folder, file, knownHash: reusableHash(cached), stamp: { size: info.size, mtimeMs: info.mtimeMs } });
    } else if (!info) {
      // A file, or a whole folder of them, went away (size -1: already known missing).
      for (const entry of cache.files.values()) if ((entry.file === file || entry.file.startsWith(`${file}/`)) && entry.size !== -1) gone.add(entry);
    }
  }
  return stop() ? null : { work, gone: [...gone] };
}
