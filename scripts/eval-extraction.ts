// Runs in Node. `npm run eval:extraction`: scores extraction, not a test (tests guard floors).
//
//   npm run eval:extraction [-- --dev DIR] [--worst N] [--case NNN.txt] [--dump FILE] [--titles] [--sites] [--dates]
//
// Seeds: the five bundled captures against hand-written gold (tests/fixtures/seeds-gold.json): body
// P/R/F1 and exact match of title, site, source, date, dateline and duplicate grouping.
// Dev: the extraction-dev corpus (../shared/corpus/extraction-dev, else the copied subset in
// tests/fixtures/extraction-dev): mean and median body P/R/F1. The body score is the benchmarks'
// bag of lowercase word tokens (electron/backend/indexer/score.ts). The dev summary also scores two
// folds (odd and even file numbers): a change tuned on the dev set should help both halves, which
// guards against rules that only fit particular files. --dump writes per-case F1 as JSON for diffs.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyText } from '../electron/backend/indexer/article.js';
import { extractText } from '../electron/backend/indexer/extract-text.js';
import { indexLibrary } from '../electron/backend/indexer/index-library.js';
import { bagF1, mean, median, siteFitsHost, slugWords, titleFitsSlug, dateFitsUrlDay, urlDay, type BodyScore } from '../electron/backend/indexer/score.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

interface SeedGold {
  title: string | null;
  site: string | null;
  source: string | null;
  published: string | null;
  publishedPartial: string | null;
  dateline: string | null;
  byline: string | null;
  language: string | null;
  tags: string[];
  duplicateOf: string | null;
  paragraphs: string[];
}

type Row = BodyScore & { name: string };

function summary(label: string, rows: readonly Row[]): string {
  const stat = (k: keyof BodyScore): string => `${mean(rows.map((r) => r[k])).toFixed(4)}/${median(rows.map((r) => r[k])).toFixed(4)}`;
  return `${label}: ${rows.length} pages  mean/median  F1 ${stat('f1')}  P ${stat('precision')}  R ${stat('recall')}`;
}

async function evalSeeds(): Promise<void> {
  const gold = JSON.parse(await readFile(path.join(root, 'tests/fixtures/seeds-gold.json'), 'utf8')) as Record<string, SeedGold>;
  const index = await indexLibrary(path.join(root, 'seeds'));
  const fileOf = new Map(index.articles.map((a) => [a.id, a.file]));
  const rows: Row[] = [];
  const fields = ['title', 'site', 'source', 'published', 'publishedPartial', 'dateline', 'byline', 'language', 'duplicateOf'] as const;
  const hits = Object.fromEntries(fields.map((f) => [f, 0])) as Record<(typeof fields)[number], number>;
  let exactBodies = 0;
  let exactTags = 0;
  for (const [file, expected] of Object.entries(gold)) {
    const got = index.articles.find((a) => a.file === file);
    const actual = got ? { ...got, duplicateOf: got.duplicateOf ? (fileOf.get(got.duplicateOf) ?? null) : null } : null;
    rows.push({ name: file, ...bagF1(bodyText(actual?.paragraphs ?? []), bodyText(expected.paragraphs)) });
    if (actual && JSON.stringify(actual.paragraphs) === JSON.stringify(expected.paragraphs)) exactBodies++;
    if (actual && JSON.stringify(actual.tags) === JSON.stringify(expected.tags)) exactTags++;
    else console.log(`  seed ${file}: tags are ${JSON.stringify(actual?.tags)}, gold ${JSON.stringify(expected.tags)}`);
    for (const f of fields) {
      if (actual && actual[f] === expected[f]) hits[f]++;
      else console.log(`  seed ${file}: ${f} is ${JSON.stringify(actual?.[f])}, gold ${JSON.stringify(expected[f])}`);
    }
  }
  console.log(summary('seeds', rows));
  const n = rows.length;
  console.log(`seeds: exact match  ${fields.map((f) => `${f} ${hits[f]}/${n}`).join('  ')}  tags ${exactTags}/${n}  paragraphs ${exactBodies}/${n}`);
}

async function evalDev(): Promise<void> {
  const candidates = [option('--dev'), path.join(root, '../shared/corpus/extraction-dev'), path.join(root, 'tests/fixtures/extraction-dev')];
  const folder = candidates.find((c) => c !== undefined && existsSync(path.join(c, 'gold.json')));
  if (!folder) {
    console.log('dev: no corpus found');
    return;
  }
  const gold = JSON.parse(await readFile(path.join(folder, 'gold.json'), 'utf8')) as Record<string, { body: string; url?: string }>;
  const only = option('--case');
  const rows: Row[] = [];
  const sites = { fit: 0, other: [] as string[], none: 0 };
  const dates = { fit: 0, of: 0, other: [] as string[] };
  const titles = { odd: { found: 0, of: 0 }, even: { found: 0, of: 0 }, other: [] as string[] };
  const started = performance.now();
  for (const name of Object.keys(gold).sort()) {
    if (only && name !== only) continue;
    const article = extractText(await readFile(path.join(folder, 'cases', name), 'utf8'));
    rows.push({ name, ...bagF1(bodyText(article.paragraphs), gold[name]?.body ?? '') });
    const url = gold[name]?.url;
    const slug = url ? slugWords(url) : [];
    if (slug.length >= 3) {
      const fold = titles[Number.parseInt(name, 10) % 2 === 1 ? 'odd' : 'even'];
      fold.of++;
      if (titleFitsSlug(article.title, slug)) fold.found++;
      else titles.other.push(`  ${name}  ${slug.join('-').slice(0, 50).padEnd(50)} ${article.title ?? '(none)'}`);
    }
    const day = url ? urlDay(url) : null;
    if (day) {
      dates.of++;
      if (dateFitsUrlDay(article.published, day)) dates.fit++;
      else dates.other.push(`  ${name}  ${day}  ${article.published ?? `(none${article.publishedPartial ? `; partial ${article.publishedPartial}` : ''})`}`);
    }
    if (url && !article.site) sites.none++;
    else if (url && article.site) {
      if (siteFitsHost(article.site, url)) sites.fit++;
      else sites.other.push(`  ${name}  ${new URL(url).hostname.padEnd(28)} ${article.site}`);
    }
    if (only) {
      console.log(JSON.stringify({ ...article, paragraphs: article.paragraphs.length, comments: article.comments.length }, null, 1));
      for (const p of article.paragraphs) console.log('  |', p.slice(0, 160));
    }
  }
  const worst = Number(option('--worst') ?? 0);
  for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
    console.log(`  ${r.name}  F1 ${r.f1.toFixed(3)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}`);
  }
  const elapsed = Math.round(performance.now() - started);
  const fold = (odd: boolean): Row[] => rows.filter((r) => (Number.parseInt(r.name, 10) % 2 === 1) === odd);
  for (const odd of [true, false]) if (!only && fold(odd).length > 0) console.log(summary(`  fold ${odd ? 'odd' : 'even'}`, fold(odd)));
  console.log(`${summary(`dev (${path.relative(root, folder)})`, rows)}  ${elapsed} ms`);
  if (args.includes('--titles')) for (const line of titles.other) console.log(line);
  const { odd, even } = titles;
  console.log(`dev titles against the words of the page's URL: ${odd.found + even.found} of ${odd.of + even.of} fit (odd ${odd.found} of ${odd.of}, even ${even.found} of ${even.of}; --titles lists the rest)`);
  if (args.includes('--sites')) for (const line of sites.other) console.log(line);
  console.log(`dev sites against the page's host: ${sites.fit} fit it, ${sites.other.length} do not (--sites lists them), ${sites.none} none`);
  if (args.includes('--dates')) for (const line of dates.other) console.log(line);
  console.log(`dev dates against the day in the page's URL: ${dates.fit} of ${dates.of} within a day (--dates lists the rest)`);
  const dump = option('--dump');
  if (dump) await writeFile(dump, JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, Number(r.f1.toFixed(4))])), null, 1));
}

if (!option('--case')) await evalSeeds();
await evalDev();
