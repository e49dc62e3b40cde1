// Runs in Node (tests). Which new file a renamed article became, on the real seed texts: the same
// text, or the same capture edited a little; never another site's copy of the story, and nothing at
// all when two files are equally good.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bodyText } from '../indexer/article.js';
import { fingerprintOf } from '../indexer/article-id.js';
import { signature } from '../indexer/duplicates.js';
import { extractText } from '../indexer/extract-text.js';
import { readSeed, seedFiles } from '../indexer/seeds.fixture.js';
import { matchRenames, RecentItems, type RenameCandidate } from './rename-matching.js';

function candidate(id: string, paragraphs: readonly string[], site: string | null, contentHash: string | null = null): RenameCandidate {
  return { id, fingerprint: fingerprintOf(bodyText(paragraphs)), contentHash, signature: signature(paragraphs), site };
}

const seeds = seedFiles().map((file) => extractText(readSeed(file)));
/** The seed as it was saved under `id` (paragraphs possibly edited). */
function seed(index: number, id: string, edit: (paragraphs: string[]) => string[] = (p) => p): RenameCandidate {
  const article = seeds[index];
  assert.ok(article);
  return candidate(id, edit([...article.paragraphs]), article.site);
}
/** One sentence rewritten and a line of boilerplate added: the same capture, saved again. */
const lightlyEdited = (paragraphs: string[]) => [...paragraphs.map((p, i) => (i === 2 ? `${p} An editor added this sentence.` : p)), 'Share this article.'];

describe('matching a renamed article to its new file', () => {
  test('the new file with the same text is the one, among other new files', () => {
    const pairs = matchRenames([seed(2, 'old')], [seed(3, 'other'), seed(2, 'new'), seed(4, 'another')]);
    assert.deepEqual(pairs, [{ from: 'old', to: 'new' }]);
  });

  test('a lightly edited copy is found when no file has the exact text', () => {
    assert.deepEqual(matchRenames([seed(2, 'old')], [seed(2, 'edited', lightlyEdited), seed(3, 'other')]), [{ from: 'old', to: 'edited' }]);
  });

  test('the exact text wins over a near copy', () => {
    assert.deepEqual(matchRenames([seed(2, 'old')], [seed(2, 'edited', lightlyEdited), seed(2, 'exact')]), [{ from: 'old', to: 'exact' }]);
  });

  test('two files with the same text: ambiguous, nothing moves', () => {
    assert.deepEqual(matchRenames([seed(2, 'old')], [seed(2, 'copy-a'), seed(2, 'copy-b')]), []);
    assert.deepEqual(matchRenames([seed(2, 'old')], [seed(2, 'edit-a', lightlyEdited), seed(2, 'edit-b', (p) => [...p, 'Comments are closed.'])]), []);
  });

  test('two lost articles with the text of one new file: ambiguous, nothing moves', () => {
    assert.deepEqual(matchRenames([seed(2, 'old-a'), seed(2, 'old-b')], [seed(2, 'new')]), []);
    assert.deepEqual(matchRenames([seed(2, 'old-a'), seed(2, 'old-b', lightlyEdited)], [seed(2, 'new', (p) => [...p, 'Print this page.'])]), []);
  });

  test('a folder of articles moved at once: each finds its own file', () => {
    const lost = [0, 1, 2, 3, 4].map((i) => seed(i, `old-${i}`));
    const found = [4, 3, 2, 1, 0].map((i) => seed(i, `new-${i}`));
    const pairs = matchRenames(lost, found).sort((a, b) => a.from.localeCompare(b.from));
    assert.deepEqual(pairs, [0, 1, 2, 3, 4].map((i) => ({ from: `old-${i}`, to: `new-${i}` })));
  });

  test("another site's republication of the story is not taken for the renamed original", () => {
    // Seeds 000 (RIA Novosti) and 001 (AtomInfo.Ru) are the same story with near-identical bodies:
    // the site tells the republication apart from the original saved again.
    assert.deepEqual(matchRenames([seed(0, 'ria')], [seed(1, 'atominfo')]), []);
  });

  test('known to an earlier extractor (another body, no signature): the file with the same whole text is the one', () => {
    const earlier: RenameCandidate = { ...seed(2, 'old'), fingerprint: 'the earlier extractor read another body', signature: null, contentHash: 'sha1-of-file-2' };
    const found = [seed(3, 'other'), { ...seed(2, 'new'), contentHash: 'sha1-of-file-2' }, { ...seed(2, 'edited', lightlyEdited), contentHash: 'sha1-of-an-edit' }];
    assert.deepEqual(matchRenames([earlier], found), [{ from: 'old', to: 'new' }]);
    assert.deepEqual(matchRenames([earlier], found.filter((f) => f.id !== 'new')), [], 'without its exact file, nothing is guessed');
  });

  test('an unknown signature (a file missing since before signatures were kept) matches only the same text', () => {
    const old = { ...seed(2, 'old'), signature: null };
    assert.deepEqual(matchRenames([old], [seed(2, 'edited', lightlyEdited)]), []);
    assert.deepEqual(matchRenames([old], [seed(2, 'same')]), [{ from: 'old', to: 'same' }]);
  });
});

describe('recent items', () => {
  test('are forgotten once older than the window', () => {
    let now = 1_000;
    const recent = new RecentItems<string>(60_000, () => now);
    recent.add('a', 'first');
    now += 30_000;
    recent.add('b', 'second');
    assert.deepEqual(recent.values(), ['first', 'second']);
    now += 45_000;
    assert.deepEqual(recent.values(), ['second']);
    recent.delete('b');
    assert.deepEqual(recent.values(), []);
  });
});
