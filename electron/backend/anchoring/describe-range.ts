// Runs in Node. Turns a range of the body text into selectors that can find it again later.
import type { TextPositionSelector, TextQuoteSelector } from '../store/data-schema.js';

/** How much context to keep on each side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

export interface RangeSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export function describeRange(text: string, start: number, end: number): RangeSelectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
