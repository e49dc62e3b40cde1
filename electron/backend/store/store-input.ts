// Runs in Node. What the annotation store accepts from its callers, checked before anything changes:
// a bad argument is refused with a readable message rather than stored.
import { z } from 'zod';
import { LecternError } from '../service/api-error.js';
import { type HighlightColorName, highlightColor, settings as settingsSchema } from './data-schema.js';

/** What a record remembers about its article, so people can recognise records whose file moved. */
export interface RecordMeta {
  file: string;
  title: string | null;
}

export const recordMeta = z.object({ file: z.string(), title: z.string().nullable() });
export const settingsPatch = settingsSchema.partial().strict();

/** What updateHighlight may change. */
export interface HighlightPatch {
  color?: HighlightColorName;
  note?: string;
}
export const highlightPatch = z.object({ color: highlightColor.optional(), note: z.string().optional() }).strict();

export function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new LecternError('invalid-argument', `Invalid ${what}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}
