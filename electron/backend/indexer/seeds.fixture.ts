// Runs in Node. Test helper: the five seed captures shipped with the repository, and what a reader
// sees in each (checked by hand against the pages), shared by the indexer's tests.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { warmUpPages } from './warm-up-pages.js';

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds');

export interface SeedTruth {
  file: string;
  title: string;
  site: string | null;
  source: string | null;
  published: string | null;
  dateline: string | null;
  paragraphCount: number;
  first: string;
  last: string;
}

export const SEED_TRUTHS: SeedTruth[] = [
  {
    file: '000_519e15ac75997d7b.txt',
    title: 'NATO Hopes for Missile Defense Accord with Russia',
    site: 'RIA Novosti',
    source: 'RIA Novosti',
    published: '2013-01-31T19:43',
    dateline: 'BRUSSELS',
    paragraphCount: 8,
    first: 'BRUSSELS, January 31 (RIA Novosti) – NATO Secretary General Anders Fogh Rasmussen expressed hope again on Thursday for progress in missile defense talks with Russia in 2013.',
    last: "Russia has threatened to launch a range of countermeasures to tackle NATO's missile defenses, including forward deployments of tactical nuclear missiles to its Baltic exclave of Kaliningrad and improvements to its strategic nuclear missile arsenal.",
  },
  {
    file: '001_81f2a9664f42a5d4.txt',
    title: 'NATO Hopes for Missile Defense Accord with Russia',
    site: 'AtomInfo.Ru',
    source: 'RIA Novosti',
    published: '2013-02-03',
    dateline: null,
    paragraphCount: 8,
    first: 'NATO Secretary General Anders Fogh Rasmussen expressed hope again on Thursday for progress in missile defense talks with Russia in 2013.',
    last: "Russia has threatened to launch a range of countermeasures to tackle NATO's missile defenses, including forward deployments of tactical nuclear missiles to its Baltic exclave of Kaliningrad and improvements to its strategic nuclear missile arsenal.",
  },
  {
    file: '002_c8b28b8e38a8ef38.txt',
    title: 'NATO Chief Says Missile Defense Shield Will Not Threaten Russia',
    site: 'RFE/RL',
    source: 'AP, dpa',
    published: null, // the page only says "April 19": no year, so no date
    dateline: null,
    paragraphCount: 16,
    first: 'NATO Secretary-General Anders Fogh Rasmussen has reiterated that the alliance\'s plan to build a missile-defense shield in Europe will not "threaten" Russia.',
    last: 'The majority of the NATO-led international force is scheduled to leave Afghanistan by 2014. NATO has said it is planning to train some 350,000 Afghan soldiers and policemen by the end of this year as it works to fill the void that will be created by the withdrawal of foreign combat troops.',
  },
  {
    file: '003_ef7d9ec64a0fa1e4.txt',
    title: "Russia accepts NATO's invitation to join missile shield in Europe - Rasmussen",
    site: 'GlobalSecurity.org',
    source: 'RIA Novosti',
    published: '2010-11-20T20:54',
    dateline: 'LISBON',
    paragraphCount: 12,
    first: "LISBON, November 20 (RIA Novosti) - Russian President Dmitry Medvedev on Saturday accepted NATO's invitation to participate in the creation of a joint missile defense shield in Europe, NATO Secretary General Anders Fogh Rasmussen said.",
    last: 'Moscow has retained staunch opposition to the deployment of missile-defense systems near its borders, claiming they would be a security threat. NATO and the United States insist that the shield would defend NATO members against missiles from North Korea and Iran and would not be directed at Russia.',
  },
  {
    file: '004_dc073a61c8a10674.txt',
    title: 'NATO hard to give Russia legal guarantees on missile defense systems: Rasmussen',
    site: "People's Daily Online", // recognised by its page template (outlet-signatures.ts)
    source: 'Xinhua',
    published: '2011-06-07T16:14',
    dateline: null,
    paragraphCount: 10,
    first: "NATO sees Russia as a partner rather than an adversary, but the alliance still argues with Russia's request on legal guarantees that the European missile defense system would not target Russia, NATO Secretary General Anders Fogh Rasmussen told Interfax news agency in an interview released on Tuesday.",
    last: 'Russia and NATO agreed to cooperate on the so-called Euro missile shield during the Russia-NATO Council summit in Lisbon in November 2010. NATO insists there should be two independent systems that exchange information, while Russia favors a joint system with full-scale interoperability.',
  },
];

/** Lines of page chrome from the seeds that must never be part of any body. */
export const JUNK_LINES: string[] = [
  'Add to blog',
  'Send to friend',
  'You may place this material on your blog by copying the link.',
  'Publication code:',
  'Other news:',
  'Leave a comment',
  "Rambler's Top100",
  'Email | Print | Subscribe',
  'Join the GlobalSecurity.org mailing list',
  'RFE/RL has been declared an "undesirable organization" by the Russian government.',
  'please note that you could face fines or imprisonment',
  'NATO Secretary-General Anders Fogh Rasmussen at the press conference in Brussels on April 19.',
  'Some material may be inappropriate for those under 18',
  'Tags: missile defense',
  'Topics: Russia',
  'Source: Xinhua',
  'Based on reporting by AP and dpa',
  '© 2014',
  'The refueling operation was conducted in the presence of experts from the IAEA.',
  'Jacques Repussard',
  'Does Rasmussen and NATO think that Putin is an idiot?',
  'China battles droughts',
  'UNITED24',
  'Hero of the day',
];

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

/** Pages in one pass of the extractor's warm-up: the bundled captures and the pages made from them. */
export function warmUpPass(): number {
  return seedFiles().length + warmUpPages(seedFiles().map((name) => ({ name, text: readFileSync(path.join(SEEDS_DIR, name), 'utf8') }))).length;
}

export function readSeed(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/**
 * Writes `count` captures into `folder` (made if need be), article-0000.txt on: the seeds in turn,
 * each a different article, with a sentence of its own after its headline.
 */
export async function writeDistinctArticles(folder: string, count: number): Promise<void> {
  await mkdir(folder, { recursive: true });
  const seeds = seedFiles().map(readSeed);
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length] ?? '';
    const text = seed.replace(/\n\n/u, `\n\nArticle number ${i} of the test library, on its own subject ${i * 7919}.\n\n`);
    await writeFile(path.join(folder, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
}

/**
 * For a test file: a temp folder made before its tests and removed after them, holding `library/`,
 * `count` distinct articles (writeDistinctArticles). Its paths are set once the tests run.
 */
export function distinctLibraryForTests(prefix: string, count: number): { readonly dir: string; readonly library: string } {
  const paths = { dir: '', library: '' };
  before(async () => {
    paths.dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    paths.library = path.join(paths.dir, 'library');
    await writeDistinctArticles(paths.library, count);
  });
  after(async () => {
    await rm(paths.dir, { recursive: true, force: true });
  });
  return paths;
}
