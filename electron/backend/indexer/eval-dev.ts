// Runs in Node. Development score of the extractor (not a test): mean per-page bag-of-words F1 of
// the extracted body against the human gold bodies of the extraction-dev corpus.
//
//   node --import tsx electron/backend/indexer/eval-dev.ts [corpus-folder] [--worst N] [--case NNN.txt]
//
// Tokens are lowercase letter/digit runs, counted as a multiset, as the corpus README describes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText } from './extract-text.js';
import { bodyText } from './article.js';
import { wordTokens } from './text-utils.js';

interface GoldEntry {
  body: string;
}

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of wordTokens(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function bagF1(predicted: string, gold: string): { f1: number; precision: number; recall: number } {
  const p = bag(predicted);
  const g = bag(gold);
  let overlap = 0;
  let pn = 0;
  let gn = 0;
  for (const n of p.values()) pn += n;
  for (const n of g.values()) gn += n;
  for (const [t, n] of p) overlap += Math.min(n, g.get(t) ?? 0);
  if (pn === 0 && gn === 0) return { f1: 1, precision: 1, recall: 1 };
  if (pn === 0 || gn === 0 || overlap === 0) return { f1: 0, precision: pn ? overlap / pn : 0, recall: gn ? overlap / gn : 0 };
  const precision = overlap / pn;
  const recall = overlap / gn;
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a) && !a.endsWith('.txt')) ?? '/work/shared/corpus/extraction-dev';
  const worstAt = args.indexOf('--worst');
  const worst = worstAt >= 0 ? Number(args[worstAt + 1] ?? 10) : 0;
  const caseAt = args.indexOf('--case');
  const only = caseAt >= 0 ? args[caseAt + 1] : undefined;

  const gold = JSON.parse(await readFile(path.join(folder, 'gold.json'), 'utf8')) as Record<string, GoldEntry>;
  const rows: Array<{ name: string; f1: number; precision: number; recall: number }> = [];
  const started = performance.now();
  for (const name of Object.keys(gold).sort()) {
    if (only && name !== only) continue;
    const text = await readFile(path.join(folder, 'cases', name), 'utf8');
    const article = extractText(text);
    const score = bagF1(bodyText(article.paragraphs), gold[name]?.body ?? '');
    rows.push({ name, ...score });
    if (only) {
      console.log(JSON.stringify({ ...article, paragraphs: undefined, comments: article.comments.length }, null, 1));
      for (const p of article.paragraphs) console.log('  |', p.slice(0, 140));
    }
  }
  const mean = (k: 'f1' | 'precision' | 'recall'): number => rows.reduce((s, r) => s + r[k], 0) / Math.max(rows.length, 1);
  if (worst > 0) {
    for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
      console.log(`${r.name}  F1 ${r.f1.toFixed(3)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}`);
    }
  }
  console.log(
    `pages ${rows.length}  mean F1 ${mean('f1').toFixed(4)}  precision ${mean('precision').toFixed(4)}  recall ${mean('recall').toFixed(4)}  (${Math.round(performance.now() - started)} ms)`,
  );
}

await main();
