// Runs in the renderer. The options of "Export all notes…": where to, which articles, one file or many,
// and an optional Mustache template. Remembered by the backend for next time.
import { useEffect, useRef } from 'preact/hooks';
import { appInfo } from '../model/library';
import { filtersActive, shownArticles } from '../model/library-view';
import { changeExport, changeExportOptions, chooseExportFolder, exportDialog, runExport, TEMPLATE_EXAMPLE } from '../model/export-options';

export function ExportDialog() {
  const state = exportDialog.value;
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (state && dialog && !dialog.open) dialog.showModal();
  }, [state !== null]);
  if (!state) return null;
  const desktop = appInfo.value?.mode === 'electron';
  const { options } = state;
  return (
    <dialog
      ref={dialogRef}
      class="path-prompt export-dialog"
      aria-label="Export all notes…"
      onCancel={(event) => {
        event.preventDefault();
        exportDialog.value = null;
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void runExport();
        }}
      >
        <h2>Export all notes…</h2>
        <label>
          Folder path
          <span class="row">
            <input type="text" value={state.folder} onInput={(e) => changeExport({ folder: e.currentTarget.value })} spellcheck={false} autoComplete="off" />
            {desktop && (
              <button type="button" onClick={() => void chooseExportFolder()}>
                Choose…
              </button>
            )}
          </span>
        </label>
        <fieldset>
          <legend>Files</legend>
          <label class="choice">
            <input type="radio" name="layout" checked={options.layout === 'per-article'} onChange={() => changeExportOptions({ layout: 'per-article' })} />
            One file per article, plus index.md
          </label>
          <label class="choice">
            <input type="radio" name="layout" checked={options.layout === 'combined'} onChange={() => changeExportOptions({ layout: 'combined' })} />
            One combined file
          </label>
        </fieldset>
        <fieldset>
          <legend>Articles</legend>
          <label class="choice">
            <input type="checkbox" checked={options.includeUnannotated} onChange={(e) => changeExportOptions({ includeUnannotated: e.currentTarget.checked })} />
            Include articles without highlights or notes
          </label>
          <label class="choice">
            <input type="checkbox" disabled={!filtersActive.value} checked={state.onlyShown && filtersActive.value} onChange={(e) => changeExport({ onlyShown: e.currentTarget.checked })} />
            Only the {shownArticles.value.length} articles the library’s filters show
          </label>
        </fieldset>
        <fieldset>
          <legend>Layout</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={options.template !== null}
              onChange={(e) => changeExportOptions({ template: e.currentTarget.checked ? TEMPLATE_EXAMPLE : null })}
            />
            Use my own template (Mustache)
          </label>
          {options.template !== null && (
            <label>
              Template
              <textarea rows={8} value={options.template} spellcheck={false} onInput={(e) => changeExportOptions({ template: e.currentTarget.value })} />
              <span class="quiet">
                Variables: title, site, source, published, dateline, file, tags, exported, link, note, hasNote, highlightCount; in
                highlights and orphans: quote, blockquote, text, color, note, blockId, link.
              </span>
            </label>
          )}
        </fieldset>
        <p class="quiet">Re-exporting updates Lectern’s part of each file and keeps what you wrote around it. Nothing is deleted.</p>
        <div class="dialog-buttons">
          <button type="button" onClick={() => (exportDialog.value = null)}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
