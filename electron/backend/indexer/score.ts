// Runs in Node. How extraction is scored, as the article-extraction benchmarks do it: the body as a
// bag (multiset) of lowercase word tokens, precision/recall/F1 against a gold body. Shared by the
// eval script and the regression test so both measure exactly the same thing.
import { wordTokens } from './text-utils.js';

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of wordTokens(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function bagF1(predicted: string, gold: string): BodyScore {
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

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
