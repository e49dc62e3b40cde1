// Runs in a worker thread. Holds the library's search index away from the main event
// loop: building it for thousands of articles and answering each keystroke never delays IPC or HTTP.
// Bodies are not kept: snippets read the few matching bodies from the index cache's bodies file.
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { SearchHit } from '../../common/contract.js';
import { runInBackground } from '../indexer/background-priority.js';
import { bodyTextOfLine } from '../indexer/bodies-file.js';
import { serveTasks } from '../indexer/worker-protocol.js';
import { RecentTexts } from './recent-texts.js';
import { SearchIndex, type SearchableAnnotations } from './search-index.js';
import type { SearchRequest } from './search-protocol.js';

let fd: number | null = null;
const refs = new Map<string, { offset: number; length: number }>();

/** About 16 MB of recently shown bodies. */
const recentBodies = new RecentTexts(8_000_000);

/**
 * An article's body from the bodies file; '' when its line is damaged (a disk error, the file cut
 * short): the article is still found by its title, and its neighbours in the batch by everything.
 */
function readBody(articleId: string): string {
  const ref = refs.get(articleId);
  if (!ref || fd === null) return '';
  const bytes = Buffer.alloc(ref.length);
  try {
    const read = readSync(fd, bytes, 0, ref.length, ref.offset);
    return bodyTextOfLine(bytes.toString('utf8', 0, read));
  } catch (error) {
    console.error(`lectern: the body of article ${articleId} could not be read for search:`, error instanceof Error ? error.message : error);
    return '';
  }
}

/** A body for a snippet (indexing reads each body once, with `readBody`). */
function bodyOf(articleId: string): string {
  const recent = recentBodies.get(articleId);
  if (recent !== undefined) return recent;
  const body = readBody(articleId);
  recentBodies.set(articleId, body);
  return body;
}

let index = new SearchIndex(bodyOf);

function handle(request: SearchRequest): SearchHit[] | null {
  switch (request.type) {
    case 'reset':
      if (fd !== null) closeSync(fd);
      fd = request.bodiesFile ? openSync(request.bodiesFile, 'r') : null;
      refs.clear();
      recentBodies.clear();
      index = new SearchIndex(bodyOf);
      return null;
    case 'upsert':
      for (const doc of request.docs) {
        recentBodies.forget(doc.id);
        if (doc.ref) refs.set(doc.id, doc.ref);
        else refs.delete(doc.id);
      }
      index.upsert(request.docs.map((doc) => ({ ...doc, body: doc.body ?? readBody(doc.id) })));
      return null;
    case 'remove':
      for (const id of request.ids) {
        refs.delete(id);
        recentBodies.forget(id);
      }
      index.remove(request.ids);
      return null;
    case 'annotations':
      for (const item of request.items) index.setAnnotations(item.articleId, item as SearchableAnnotations);
      return null;
    case 'search':
      return index.search(request.query);
  }
}

// Building the index while a library is read is background work too; a query competes only with
// the other background threads (which also run only on idle cores), so typing stays quick.
// Not awaited: a worker still evaluating its entry module (a top-level await) cannot always be
// terminated (Node 20); the policy applies a few milliseconds later.
void runInBackground();
if (parentPort) serveTasks(parentPort, handle);
