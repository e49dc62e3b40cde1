// Runs in Node. What the index cache (index-cache.ts) holds of each file of a library: its size,
// mtime and content hash, its article's metadata (not the body or comments, which are read from the
// bodies file on demand), and where that body lies. Kept apart from the cache so that the files it is
// saved in (manifest-file.ts, manifest-journal.ts) can name an entry without importing the cache back.
import type { IndexedArticle } from './article.js';

/** What the index keeps of an article in memory: everything but its body and comments. */
export type ArticleMeta = Omit<IndexedArticle, 'paragraphs' | 'comments'>;

export interface BodyRef {
  offset: number;
  length: number;
}

export interface ArticleBody {
  paragraphs: string[];
  comments: string[];
}

export interface CachedFile {
  file: string;
  size: number;
  mtimeMs: number;
  /** sha1 of the file's text. Kept when the file went missing, to recognise it under another name. */
  hash: string | null;
  /** Null when the file is a problem (then `problem` says why). */
  article: ArticleMeta | null;
  problem: string | null;
  /** MinHash of the body (duplicates.ts), to find copies and renamed files; null when none. */
  signature: Uint32Array | null;
  body: BodyRef | null;
}

/**
 * The content hash a re-read of this file can be compared with (equal: nothing to extract). None for
 * a missing article's entry: its file coming back must be extracted again, whatever it holds.
 */
export const reusableHash = (cached: CachedFile | undefined): string | null => (cached && (cached.body || cached.problem) ? cached.hash : null);
