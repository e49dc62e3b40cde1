// Runs in the renderer. "Export all notes…": the options dialog's state, remembered options, and the run.
import { signal } from '@preact/signals';
import type { ExportOptions } from '../../../electron/common/contract';
import { api, messageOf } from '../api/client';
import { appInfo } from './library';
import { filtersActive, shownArticles } from './library-view';
import { flushNote } from './note';
import { complain, tell } from './status';

export interface ExportDialogState {
  folder: string;
  options: ExportOptions;
  /** Limit the export to the articles the library's filters show. */
  onlyShown: boolean;
}

export const exportDialog = signal<ExportDialogState | null>(null);

const DEFAULTS: ExportOptions = { includeUnannotated: false, layout: 'per-article', template: null };

export async function exportAllCommand(): Promise<void> {
  await flushNote();
  const info = appInfo.value;
  exportDialog.value = { folder: info?.exportFolder ?? '', options: { ...(info?.exportOptions ?? DEFAULTS) }, onlyShown: false };
}

export function changeExport(change: Partial<ExportDialogState>): void {
  const current = exportDialog.value;
  if (current) exportDialog.value = { ...current, ...change };
}

export function changeExportOptions(change: Partial<ExportOptions>): void {
  const current = exportDialog.value;
  if (current) exportDialog.value = { ...current, options: { ...current.options, ...change } };
}

export async function chooseExportFolder(): Promise<void> {
  const folder = await api.choosePath({ kind: 'folder', title: 'Export all notes…' });
  if (folder) changeExport({ folder });
}

/** Runs the export; the dialog closes only when it worked, so a mistake can be corrected. */
export async function runExport(): Promise<void> {
  const state = exportDialog.value;
  if (!state) return;
  const folder = state.folder.trim();
  if (folder === '') return complain('Choose a folder to export into.');
  const articleIds = state.onlyShown && filtersActive.value ? shownArticles.value.map((a) => a.id) : null;
  try {
    const { files } = await api.exportNotes({ folder, articleIds, options: state.options });
    exportDialog.value = null;
    const info = appInfo.value;
    if (info) appInfo.value = { ...info, exportOptions: state.options, exportFolder: folder };
    if (files.length === 0) return tell('Nothing to export yet: no article has highlights or a note.');
    if (state.options.layout === 'combined') return tell(`Exported all notes into ${files[0] ?? folder}`);
    const articles = files.length - 1;
    tell(`Exported ${articles} file${articles === 1 ? '' : 's'} and an index to ${folder}`);
  } catch (error) {
    complain(messageOf(error));
  }
}

/** The variables a template can use (README.md, "Export and backup", has the details). */
export const TEMPLATE_EXAMPLE = `# {{title}}

{{#highlights}}
{{{blockquote}}}

^{{blockId}} · [{{color}}]({{link}})

{{#note}}{{note}}

{{/note}}
{{/highlights}}
{{#hasNote}}
## Notes

{{note}}
{{/hasNote}}`;
