// Runs in Node (backend dispatcher). Validates every argument that crosses the API boundary.
import { z } from 'zod';
import type { ApiMethod, LecternApi } from './contract.js';

const articleId = z.string().regex(/^[a-z0-9]{8,64}$/, 'an article id is 8–64 lowercase letters or digits');
const highlightId = z.string().regex(/^[a-z0-9-]{4,64}$/, 'a highlight id is 4–64 lowercase letters, digits or dashes');
/** Paths come from the person (dialogs, typed text); keep them sane, the backend checks the rest. */
const absolutePath = z
  .string()
  .min(1, 'a path is required')
  .max(4096, 'the path is too long')
  .refine((p) => !p.includes('\0'), 'the path contains a NUL character');
const offset = z.number().int().min(0).max(1_000_000_000);
const color = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
/** Notes may be long, but not unbounded: 10 MB of text is far beyond any real note. */
const noteText = z.string().max(10_000_000, 'the note is larger than 10 MB');

const exportOptions = z
  .object({
    includeUnannotated: z.boolean(),
    layout: z.enum(['per-article', 'combined']),
    template: z.string().max(100_000, 'the template is longer than 100,000 characters').nullable(),
  })
  .strict();

type ArgsSchemas = { [M in ApiMethod]: z.ZodType<Parameters<LecternApi[M]>> };

/** One schema per method: the tuple of its arguments. */
export const argsSchemas: ArgsSchemas = {
  getAppInfo: z.tuple([]),
  getLibrary: z.tuple([]),
  openLibrary: z.tuple([absolutePath]),
  getLibraryPart: z.tuple([z.string().regex(/^[a-z0-9-]{8,64}$/, 'a listing is 8–64 lowercase letters, digits or dashes'), offset]),
  getArticle: z.tuple([articleId]),
  getOriginal: z.tuple([articleId]),
  addHighlight: z.tuple([
    z
      .object({ articleId, start: offset, end: offset, color: color.optional() })
      .strict()
      .refine((h) => h.end > h.start, 'a highlight must cover at least one character'),
  ]),
  removeHighlight: z.tuple([articleId, highlightId]),
  updateHighlight: z.tuple([
    articleId,
    highlightId,
    z
      .object({ color: color.optional(), note: noteText.optional() })
      .strict()
      .refine((patch) => patch.color !== undefined || patch.note !== undefined, 'change the colour or the note'),
  ]),
  restoreHighlight: z.tuple([articleId, highlightId]),
  saveNote: z.tuple([articleId, noteText]),
  renderArticleMarkdown: z.tuple([articleId]),
  exportArticle: z.tuple([articleId, absolutePath]),
  exportAll: z.tuple([absolutePath]),
  exportNotes: z.tuple([z.object({ folder: absolutePath, articleIds: z.array(articleId).max(1_000_000).nullable(), options: exportOptions }).strict()]),
  createBackup: z.tuple([]),
  backupTo: z.tuple([absolutePath]),
  // A backup of a large library is big, but the HTTP body limit (16 MB) bounds it in browser mode.
  restoreBackup: z.tuple([z.string().max(200_000_000), z.string().max(1000)]),
  restoreBackupFile: z.tuple([absolutePath]),
  savePreferences: z.tuple([
    z
      .object({
        theme: z.enum(['light', 'sepia', 'dark', 'system']),
        fontSize: z.number().min(10).max(40),
        lineHeight: z.number().min(1).max(3),
        columnWidth: z.number().min(20).max(80),
      })
      .strict(),
  ]),
  saveReadingPosition: z.tuple([articleId, z.object({ offset, progress: z.number().min(0).max(1) }).strict()]),
  search: z.tuple([z.string().max(500, 'the search is longer than 500 characters')]),
  prepareToIndex: z.tuple([]),
  cancelIndexing: z.tuple([]),
  resumeIndexing: z.tuple([]),
  forgetArticle: z.tuple([articleId]),
  choosePath: z.tuple([
    z
      .object({
        kind: z.enum(['folder', 'save-file', 'open-file']),
        extension: z.enum(['md', 'json']).optional(),
        title: z.string().max(200),
        defaultName: z.string().max(255).optional(),
      })
      .strict(),
  ]),
};

/** Turns zod's issues into one sentence for the person who caused them. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
