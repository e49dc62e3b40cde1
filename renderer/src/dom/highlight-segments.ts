// Runs in the renderer. Cuts a paragraph into runs of text, each knowing which highlights cover it,
// so overlapping highlights render as nested colour without breaking the text.
import type { HighlightView } from '../../../electron/common/contract';

export interface Segment {
  text: string;
  /** Start of this run in the body text. */
  start: number;
  /** Highlights covering the run, oldest first. */
  highlights: HighlightView[];
}

export function segmentsOf(paragraph: string, paragraphStart: number, highlights: readonly HighlightView[]): Segment[] {
  const paragraphEnd = paragraphStart + paragraph.length;
  const here = highlights.filter(
    (h): h is HighlightView & { start: number; end: number } =>
      h.start !== null && h.end !== null && h.start < paragraphEnd && h.end > paragraphStart,
  );
  const cuts = new Set([paragraphStart, paragraphEnd]);
  for (const h of here) {
    cuts.add(Math.max(h.start, paragraphStart));
    cuts.add(Math.min(h.end, paragraphEnd));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    segments.push({
      text: paragraph.slice(start - paragraphStart, end - paragraphStart),
      start,
      highlights: here.filter((h) => h.start <= start && h.end >= end),
    });
  }
  return segments;
}
