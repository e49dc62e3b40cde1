// Runs in Node. `lectern export --out DIR`: the same files as the app's "Export all notes…", with the
// options the app remembered unless flags say otherwise; like the app, it remembers what it ran with.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportOptions } from '../common/contract.js';
import { UsageError } from './usage-error.js';
import { backendForCli } from './backend-for-cli.js';

export interface ExportCommandOptions {
  out?: string | undefined;
  library?: string | undefined;
  data?: string | undefined;
  /** Only these article ids (a selection). */
  articles?: string[] | undefined;
  layout?: ExportOptions['layout'] | undefined;
  includeUnannotated?: boolean | undefined;
  /** A template file; null for the built-in layout; undefined for the remembered one. */
  template?: string | null | undefined;
}

export async function runExport(options: ExportCommandOptions): Promise<number> {
  if (!options.out) throw new UsageError('export needs --out DIR.');
  const template = typeof options.template === 'string' ? await readFile(path.resolve(options.template), 'utf8') : options.template;
  const backend = await backendForCli(options);
  try {
    const { warnings, exportOptions } = await backend.api.getAppInfo();
    for (const warning of warnings) console.error(`lectern: ${warning}`);
    const chosen: ExportOptions = {
      includeUnannotated: options.includeUnannotated ?? exportOptions.includeUnannotated,
      layout: options.layout ?? exportOptions.layout,
      template: template === undefined ? exportOptions.template : template,
    };
    const folder = path.resolve(options.out);
    const { files } = await backend.api.exportNotes({ folder, articleIds: options.articles ?? null, options: chosen });
    for (const file of files) console.log(file);
    console.error(`Exported ${files.length} file${files.length === 1 ? '' : 's'}.`);
    return 0;
  } finally {
    await backend.close();
  }
}
