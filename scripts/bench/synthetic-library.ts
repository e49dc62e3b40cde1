// Runs in Node (benchmark). Writes a deterministic library of seed-like captures: menus and share
// bars, a headline, a date in one of the forms the seeds use, story paragraphs, related-news lists,
// comments and footers; sizes from 1 KB to 200 KB; about 5% near-duplicate copies.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Random } from './random.js';

const MENUS = ['Home | World | Politics | Business | Sport | Culture', 'Forum   Contacts   RSS', 'Email | Print | Subscribe | Comments | Forum', 'Accessibility links', 'Breaking News'];
const SHARE = ['  • Add to blog', '  • Send to friend', '  • Share', 'Share on Facebook', 'Tweet this'];
const FOOTERS = ['© 2014 RIA Novosti', 'All rights reserved.', 'Join the mailing list', 'Some material may be inappropriate for those under 18', 'Rambler\'s Top100'];
const SITES = ['RIA Novosti', 'AtomInfo.Ru', 'GlobalSecurity.org', 'RFE/RL', 'People\'s Daily Online', 'The Daily Courier', 'Baltic Times'];
const PLACES = ['BRUSSELS', 'LISBON', 'MOSCOW', 'WASHINGTON', 'BUCHAREST', 'ANKARA', 'WARSAW'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface SyntheticLibrary {
  folder: string;
  files: number;
  bytes: number;
}

async function vocabulary(): Promise<string[]> {
  const seeds = path.resolve(import.meta.dirname, '..', '..', 'seeds');
  const words = new Set<string>();
  for (const file of await readdir(seeds)) {
    for (const word of (await readFile(path.join(seeds, file), 'utf8')).split(/\s+/)) {
      if (/^[A-Za-z][a-z'-]{1,14}[,.]?$/.test(word)) words.add(word);
    }
  }
  return [...words];
}

function sentence(random: Random, words: readonly string[]): string {
  const parts = Array.from({ length: random.int(8, 28) }, () => random.pick(words).replace(/[,.]$/, ''));
  const first = parts[0] ?? 'The';
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${parts.join(' ')}.`;
}

function paragraph(random: Random, words: readonly string[]): string {
  return Array.from({ length: random.int(1, 4) }, () => sentence(random, words)).join(' ');
}

/** Most stories 1.5–5.5 KB (about 4 KB a capture with its boilerplate, as in real libraries:
 * 100,000 captures ≈ 400 MB); 3% form a long tail up to 200 KB. */
function targetBytes(random: Random): number {
  const size = random.chance(0.97) ? Math.exp(7.3 + random.next() * 1.3) : Math.exp(8.6 + random.next() * 3.6);
  return Math.min(200_000, Math.max(1_000, Math.round(size)));
}

function capture(random: Random, words: readonly string[], story: string[], title: string): string {
  const year = random.int(2009, 2014);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const time = `${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
  const dates = [`${time} ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`, `PUBLISHED ${MONTHS[month - 1]} ${String(day).padStart(2, '0')}, ${year}`, `${time}, ${MONTHS[month - 1]} ${String(day).padStart(2, '0')}, ${year}`];
  const lines = [random.pick(MENUS), random.pick(SITES), '', title, '', random.pick(dates), ''];
  story.forEach((p, i) => lines.push(i === 0 ? `${random.pick(PLACES)}, ${MONTHS[month - 1]} ${day} – ${p}` : p, ''));
  lines.push(...SHARE.slice(0, random.int(1, SHARE.length)), '', 'Other news:', '');
  for (let i = random.int(2, 5); i > 0; i--) lines.push(sentence(random, words).slice(0, 70), '');
  if (random.chance(0.4)) lines.push('Leave a comment', `  • reader${random.int(1, 999)} ${sentence(random, words)}`, '');
  lines.push(random.pick(FOOTERS));
  return lines.join('\n');
}

/** Generates once per (size, seed) into the temp folder; later runs reuse it. */
export async function syntheticLibrary(count: number, seed = 42): Promise<SyntheticLibrary> {
  const folder = path.join(os.tmpdir(), `lectern-bench-${count}-${seed}`);
  const marker = path.join(folder, '.complete.json');
  if (existsSync(marker)) return JSON.parse(await readFile(marker, 'utf8')) as SyntheticLibrary;

  await mkdir(folder, { recursive: true });
  const random = new Random(seed);
  const words = await vocabulary();
  let bytes = 0;
  let previous: { story: string[]; title: string } | null = null;
  for (let i = 0; i < count; i++) {
    let story: string[];
    let title: string;
    if (previous && random.chance(0.05)) {
      // A syndicated copy: same story, other boilerplate, a small edit.
      story = previous.story.map((p, j) => (j === 1 ? `${p} ${sentence(random, words)}` : p));
      title = previous.title;
    } else {
      const size = targetBytes(random);
      story = [];
      for (let length = 0; length < size; ) {
        const p = paragraph(random, words);
        story.push(p);
        length += p.length + 2;
      }
      title = sentence(random, words).slice(0, 90).replace(/\.$/, '');
    }
    previous = { story, title };
    const text = capture(random, words, story, title);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(folder, `${String(i).padStart(6, '0')}.txt`), text);
  }
  const library: SyntheticLibrary = { folder, files: count, bytes };
  await writeFile(marker, JSON.stringify(library));
  return library;
}
