// Runs in Node (tests). A large library's list reaches the page as a view of its newest articles and
// parts of the rest: every article exactly once, newest first, and a list no longer kept is refused
// with a reason rather than answered with nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleSummary } from '../../common/contract.js';
import { LecternError } from './api-error.js';
import { LibraryListings } from './library-listings.js';

function summary(i: number, published: string | null): ArticleSummary {
  return { id: `article${String(i).padStart(4, '0')}`, file: `f${String(i).padStart(4, '0')}.txt`, title: `Story ${i}`, site: null, published, publishedPartial: null, duplicateOf: null, highlightCount: 0, hasNote: false, read: false, progress: 0 };
}

/** Dates out of order, some shared, some missing (those go last). */
const library = Array.from({ length: 23 }, (_, i) => summary(i, i % 5 === 4 ? null : `2012-0${1 + ((i * 7) % 9)}-1${i % 3}`));

/** Every article of a view and its parts, in the order they came. */
function readAll(listings: LibraryListings, articles: ArticleSummary[]): { view: ArticleSummary[]; parts: ArticleSummary[][] } {
  const view = listings.cut(articles);
  const parts: ArticleSummary[][] = [];
  let from: number | null = view.articles.length;
  while (view.rest && from !== null) {
    const part = listings.part(view.rest.listing, from);
    parts.push(part.articles);
    from = part.next;
  }
  return { view: view.articles, parts };
}

const notFound = (error: unknown) => error instanceof LecternError && error.code === 'not-found' && /no longer kept/.test(error.message);

test('a library no larger than a view comes whole, in its own order, with nothing kept', () => {
  const listings = new LibraryListings(30, 10);
  const view = listings.cut(library);
  assert.equal(view.rest, undefined);
  assert.deepEqual(view.articles, library);
});

test('a larger one: the newest in the view, then every other article once, newest first', () => {
  // The first part reaches the 15th article; the later ones hold 7 each.
  const listings = new LibraryListings(5, 7, Date.now, 15);
  const { view, parts } = readAll(listings, library);
  assert.equal(view.length, 5);
  assert.deepEqual(parts.map((p) => p.length), [10, 7, 1]);
  const all = [...view, ...parts.flat()];
  assert.deepEqual(new Set(all.map((a) => a.id)), new Set(library.map((a) => a.id)));
  assert.equal(all.length, library.length);
  const dates = all.map((a) => a.published ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first, undated last');
  // The view holds the newest of all, whichever order the library came in.
  const newest = library.map((a) => a.published ?? '').sort().reverse().slice(0, 5);
  assert.deepEqual(view.map((a) => a.published), newest);
  assert.equal(listings.cut(library).rest?.total, library.length);
});

test('a list not kept is refused with a reason: unknown, after another library, or unread too long', () => {
  let now = 0;
  const listings = new LibraryListings(5, 7, () => now, 0);
  assert.throws(() => listings.part('0b5e1c2a-unknown', 5), notFound);

  const first = listings.cut(library).rest?.listing ?? '';
  listings.clear();
  assert.throws(() => listings.part(first, 5), notFound);

  const read = listings.cut(library).rest?.listing ?? '';
  const unread = listings.cut(library).rest?.listing ?? '';
  now = 4 * 60_000;
  listings.part(read, 5); // read recently: kept
  now = 6 * 60_000;
  listings.cut(library); // lists are dropped as new ones are cut
  assert.equal(listings.part(read, 5).articles.length, 7);
  assert.throws(() => listings.part(unread, 5), notFound);
});

test('a list read to its end is dropped soon after; one still being read is kept', () => {
  let now = 0;
  const listings = new LibraryListings(5, 7, () => now, 0);
  const finished = listings.cut(library).rest?.listing ?? '';
  const reading = listings.cut(library).rest?.listing ?? '';
  for (let from: number | null = 5; from !== null; ) from = listings.part(finished, from).next;
  listings.part(reading, 5);
  now = 20_000;
  assert.equal(listings.part(finished, 19).articles.length, 4, 'another tab may still be reading it');
  now = 51_000;
  assert.throws(() => listings.part(finished, 19), notFound);
  assert.equal(listings.part(reading, 12).next, 19);
});

test('a page reloaded again and again keeps only the latest few lists', () => {
  const listings = new LibraryListings(5, 7, Date.now, 0);
  const cut = Array.from({ length: 6 }, () => listings.cut(library).rest?.listing ?? '');
  assert.throws(() => listings.part(cut[0] ?? '', 5), notFound);
  assert.equal(listings.part(cut[5] ?? '', 5).articles.length, 7);
  assert.equal(listings.part(cut[2] ?? '', 5).articles.length, 7);
});
