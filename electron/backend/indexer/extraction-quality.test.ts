// Runs in Node. Extraction quality guard: mean body F1 over the 40-case subset of the dev corpus
// copied into tests/fixtures (real captures, human gold) must not drop below a floor, and the seeds
// must match their hand-written gold exactly. `npm run eval:extraction` reports the full figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyText } from './article.js';
import { extractText } from './extract-text.js';
import { bagF1, dateFitsUrlDay, mean, siteFitsHost, slugWords, titleFitsSlug, urlDay } from './score.js';
import { SEEDS_DIR } from './seeds.fixture.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');
/**
 * Measured 0.874 on this subset when written (0.902 on all 181), 0.894 (0.920) once split stories
 * were reassembled; the floor catches regressions.
 */
const SUBSET_FLOOR = 0.88;

test('dev subset: mean body F1 stays above the floor', () => {
  const dir = path.join(FIXTURES, 'extraction-dev');
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, { body: string }>;
  const scores = Object.entries(gold).map(([name, g]) => {
    const article = extractText(readFileSync(path.join(dir, 'cases', name), 'utf8'));
    return bagF1(bodyText(article.paragraphs), g.body).f1;
  });
  assert.equal(scores.length, 40);
  const f1 = mean(scores);
  assert.ok(f1 >= SUBSET_FLOOR, `mean F1 ${f1.toFixed(4)} fell below ${SUBSET_FLOOR}`);
});

/**
 * Headlines, sites and dates, against the pages' URLs (score.ts): on this subset, 27 of the 38 pages
 * whose URL spells out a headline had it found, and 8 of 27 sites named did not fit the host, when
 * headline.ts and copyright-holder.ts were written (11 of 38, and 12 of 29, before); 30 of 38 once
 * a kicker ("Dear Abby: ...") and a headline printed twice were headlines. 9 of the 10 pages whose
 * URL carries a day had that day found once two-digit years and a clock glued to the year were read
 * (7 before).
 */
const SUBSET_TITLES_FLOOR = 28;
const SUBSET_SITE_MISFITS_CEILING = 9;
const SUBSET_DATES_FLOOR = 9;

test('dev subset: headlines and dates fit their URLs, and sites their hosts, as often as when measured', () => {
  const dir = path.join(FIXTURES, 'extraction-dev');
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, { url: string }>;
  let titled = 0;
  let misfits = 0;
  let dated = 0;
  for (const [name, g] of Object.entries(gold)) {
    const article = extractText(readFileSync(path.join(dir, 'cases', name), 'utf8'));
    const slug = slugWords(g.url);
    if (slug.length >= 3 && titleFitsSlug(article.title, slug)) titled++;
    if (article.site && !siteFitsHost(article.site, g.url)) misfits++;
    const day = urlDay(g.url);
    if (day && dateFitsUrlDay(article.published, day)) dated++;
  }
  assert.ok(titled >= SUBSET_TITLES_FLOOR, `${titled} headlines fit their URL, below ${SUBSET_TITLES_FLOOR}`);
  assert.ok(dated >= SUBSET_DATES_FLOOR, `${dated} publication dates fit the day in their URL, below ${SUBSET_DATES_FLOOR}`);
  assert.ok(misfits <= SUBSET_SITE_MISFITS_CEILING, `${misfits} sites do not fit their host, above ${SUBSET_SITE_MISFITS_CEILING}`);
});

test('seeds: body, title, site, source, dates, dateline, byline, tags and language match the gold', () => {
  const gold = JSON.parse(readFileSync(path.join(FIXTURES, 'seeds-gold.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [file, expected] of Object.entries(gold)) {
    const a = extractText(readFileSync(path.join(SEEDS_DIR, file), 'utf8'));
    // duplicateOf needs the whole library; the eval script checks it.
    const fields = Object.fromEntries(Object.entries(expected).filter(([k]) => k !== 'duplicateOf'));
    const actual = Object.fromEntries(Object.keys(fields).map((k) => [k, a[k as keyof typeof a]]));
    assert.deepEqual(actual, fields, file);
  }
});
