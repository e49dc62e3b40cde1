// Runs in a worker thread. Holds the library's search index away from the main event
// loop: building it for thousands of articles and answering each keystroke never delays IPC or HTTP.
// Bodies are not kept: snippets read the few matching bodies from the index cache's bodies file.
// The index is kept on disk too (index-snapshot.ts): a library opened again is searchable at once.
import { closeSync, openSync, readSync } from 'node:fs';
import { setImmediate as turn } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import type { SearchHit } from '../../common/contract.js';
import { runInBackground } from '../indexer/background-priority.js';
import { bodiesIdIn, bodyTextOfLine } from '../indexer/bodies-file.js';
import { serveTasks } from '../indexer/worker-protocol.js';
import { readSnapshot, writeSnapshot } from './index-snapshot.js';
import { RecentTexts } from './recent-texts.js';
import { SearchIndex, type SearchableAnnotations } from './search-index.js';
import type { SearchRequest } from './search-protocol.js';

type UpsertDoc = Extract<SearchRequest, { type: 'upsert' }>['docs'][number];

let bodiesFile: string | null = null;
let fd: number | null = null;
const refs = new Map<string, { offset: number; length: number }>();

/** About 16 MB of recently shown bodies. */
const recentBodies = new RecentTexts(8_000_000);

/** Where each indexed article's body lay: "offset:length" in the bodies file, "none" for none, '' for a body sent as text. */
const places = new Map<string, string>();
/** The snapshot's articles not upserted again since it was read, with their places. */
let unconfirmed = new Map<string, string>();
let snapshotFile: string | null = null;
/** Articles indexed or removed since the snapshot was read or written. */
let changes = 0;
let stamp: string | null = null;
/**
 * A snapshot is written once this share of the library changed since the last one: a library read
 * from scratch at once, one edited file in 100,000 not at all (the next opening indexes it again).
 */
const CHANGED_SHARE_TO_SAVE = 0.02;

const placeOf = (doc: UpsertDoc): string => (doc.ref ? `${doc.ref.offset}:${doc.ref.length}` : doc.body === '' ? 'none' : '');

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

function openBodies(): void {
  if (fd !== null) closeSync(fd);
  try {
    fd = bodiesFile ? openSync(bodiesFile, 'r') : null;
  } catch {
    fd = null; // no bodies yet: titles alone are searchable
  }
}

/** Takes the snapshot in `file` as the index when it fits the search code (`code`) and the bodies file. */
function resume(file: string, code: string): void {
  openBodies();
  snapshotFile = file;
  stamp = code;
  // Articles sent since the reset (a change the opening session reported first) would be replaced
  // by the snapshot's: it is not taken then, and the library is indexed from its bodies.
  if (index.articleCount > 0) return;
  const read = fd === null ? null : readSnapshot(file, stamp, bodiesIdIn(fd));
  if (!read?.ok) {
    if (read?.problem === 'damaged') console.error('lectern: the saved search index of this library is damaged; it is built again from the library.');
    return;
  }
  index.restore(read.snapshot.index);
  unconfirmed = read.snapshot.places;
  for (const [id, place] of unconfirmed) {
    const [offset, length] = place.split(':').map(Number);
    if (offset !== undefined && length !== undefined && Number.isInteger(offset) && Number.isInteger(length)) refs.set(id, { offset, length });
  }
  changes = 0;
}

function upsert(docs: readonly UpsertDoc[]): void {
  const fresh: UpsertDoc[] = [];
  for (const doc of docs) {
    const place = placeOf(doc);
    const known = unconfirmed.get(doc.id);
    unconfirmed.delete(doc.id);
    places.set(doc.id, place);
    // The snapshot's article, its body where it was and its title as it was: indexed already.
    if (known !== undefined && place !== '' && known === place && index.holds(doc.id, doc.title, doc.site)) continue;
    recentBodies.forget(doc.id);
    if (doc.ref) refs.set(doc.id, doc.ref);
    else refs.delete(doc.id);
    fresh.push(doc);
  }
  changes += fresh.length;
  index.upsert(fresh.map((doc) => ({ ...doc, body: doc.body ?? readBody(doc.id) })));
}

function remove(ids: readonly string[]): void {
  for (const id of ids) {
    refs.delete(id);
    places.delete(id);
    unconfirmed.delete(id);
    recentBodies.forget(id);
  }
  changes += ids.length;
  index.remove(ids);
}

let saving = false;

/** Writes the index out, answering searches meanwhile (index-snapshot.ts writes a megabyte at a time). */
async function save(): Promise<void> {
  const enough = changes > 0 && changes >= CHANGED_SHARE_TO_SAVE * index.articleCount;
  if (!snapshotFile || fd === null || !stamp || unconfirmed.size > 0 || !enough || saving) return;
  saving = true;
  const saved = index;
  const release = saved.pin();
  const counted = changes;
  try {
    const state = saved.state();
    const snapshot = { stamp, bodiesId: bodiesIdIn(fd), index: state, places: new Map(places) };
    await turn(); // a search waiting since the state was taken is answered before it is written
    await writeSnapshot(snapshotFile, snapshot);
    // Changes made while it was written count towards the next save.
    if (index === saved) changes -= counted;
  } catch (error) {
    // Only a cache: the library is indexed again when next opened.
    console.error('lectern: the search index could not be saved:', error instanceof Error ? error.message : error);
  } finally {
    release();
    saving = false;
  }
}

async function handle(request: SearchRequest): Promise<SearchHit[] | null> {
  switch (request.type) {
    case 'reset':
      bodiesFile = request.bodiesFile;
      openBodies();
      refs.clear();
      places.clear();
      unconfirmed = new Map();
      snapshotFile = null;
      changes = 0;
      recentBodies.clear();
      index = new SearchIndex(bodyOf);
      return null;
    case 'resume':
      resume(request.snapshot, request.stamp);
      return null;
    case 'upsert':
      upsert(request.docs);
      return null;
    case 'settled':
      remove([...unconfirmed.keys()]);
      return null;
    case 'remove':
      remove(request.ids);
      return null;
    case 'save':
      await save();
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
