// Runs in the renderer. The library list: every article with title, site and date; keyboard first.
// Versions of one story are grouped: the original says "Also published by …" and each copy is
// listed right under it, indented, so the story reads as one entry with its versions.
// The list is virtualised: rows have fixed heights and only those in view (plus a few) are in the
// DOM, so 100,000 articles scroll as smoothly as five.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ArticleSummary } from '../../../electron/common/contract';
import { setListNavigation } from '../model/keyboard';
import { articles, cursorId, forgetArticle, library, loadingLibrary } from '../model/library';
import { listedEntry, visibleRows } from '../model/library-view';
import { RowGeometry } from '../model/library-rows';
import { article, openArticle } from '../model/reader';
import { versionName, versionsOf } from '../model/versions';
import { formatCount, formatDate } from './format';
import { IndexStatus } from './IndexStatus';
import { LibraryControls } from './LibraryControls';
import { useVirtualWindow } from './virtual-window';
import '../styles/library-list.css';

const ROW = 80;
const ROW_WITH_VERSIONS = 98;
/** Rows rendered beyond each edge of the view, so fast scrolling never shows a gap. */
const OVERSCAN = 6;

const NO_COPIES: readonly ArticleSummary[] = [];

function activeIdIn(list: readonly ArticleSummary[]): string | null {
  return cursorId.value ?? article.value?.id ?? list[0]?.id ?? null;
}

export function LibraryPane() {
  const rows = visibleRows.value;
  const list = rows.order;
  const geometry = useMemo(() => new RowGeometry(list.length, rows.tallRows, ROW, ROW_WITH_VERSIONS), [rows]);
  const total = articles.value.length;
  const errors = library.value?.errors ?? [];
  const openId = article.value?.id ?? null;
  const activeId = activeIdIn(list);
  const { scroller, first, last, sync } = useVirtualWindow<HTMLDivElement>(geometry, OVERSCAN);
  /** The row to focus once it is rendered (keyboard moves can leave the rendered window). */
  const focusPending = useRef<string | null>(null);

  useEffect(() => {
    const id = focusPending.current;
    if (!id) return;
    const element = document.getElementById(`article-${id}`);
    if (element) {
      focusPending.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const moveCursor = (from: string | null, step: number): void => {
    const index = list.findIndex((a) => a.id === from);
    const target = Math.min(list.length - 1, Math.max(0, index + step));
    const next = list[target];
    if (!next) return;
    cursorId.value = next.id;
    const element = scroller.current;
    if (element) {
      const top = geometry.top(target);
      const bottom = geometry.top(target + 1);
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + element.clientHeight) element.scrollTop = bottom - element.clientHeight;
      sync();
    }
    focusPending.current = next.id;
    document.getElementById(`article-${next.id}`)?.focus({ preventScroll: true });
  };

  useEffect(() => {
    setListNavigation({
      move: (step) => moveCursor(activeIdIn(list), step),
      openCurrent: () => {
        const id = activeIdIn(list);
        if (id) void openArticle(id);
      },
      switchVersion: (step) => {
        const current = article.value;
        if (!current) return;
        const versions = versionsOf(current.id, articles.value);
        const next = versions[versions.findIndex((v) => v.id === current.id) + step];
        if (next) void openArticle(next.id);
      },
    });
    return () => setListNavigation(null);
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') moveCursor(activeId, 1);
    else if (event.key === 'ArrowUp') moveCursor(activeId, -1);
    else if (event.key === 'Home') moveCursor(activeId, -list.length);
    else if (event.key === 'End') moveCursor(activeId, list.length);
    else if (event.key === 'Enter' && activeId) void openArticle(activeId);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const shown = list.slice(first, last);
  const openEntry = article.value ? listedEntry(article.value) : undefined;
  const openMissing = openEntry?.missing ? openEntry : undefined;

  return (
    <div class="library-view">
      <h2 class="pane-title">
        Library <span class="count">{list.length === total ? formatCount(total) : `${formatCount(list.length)} of ${formatCount(total)}`}</span>
      </h2>
      {library.value?.unavailable && (
        <div class="missing-notice folder-notice" role="status">
          The library folder is not available: <span class="folder-path">{library.value.folder}</span>. Its articles are shown as they were indexed, with your notes; the library catches up once the folder is back.
        </div>
      )}
      <IndexStatus />
      <LibraryControls />
      {openMissing && (
        <div class="missing-notice" role="note">
          The file of “{openMissing.title ?? openMissing.file}” is missing. Its notes and highlights are kept until you delete them, or until the file comes back.
          <div>
            <button type="button" onClick={() => void forgetArticle(openMissing.id)}>
              Delete its notes
            </button>
          </div>
        </div>
      )}
      {loadingLibrary.value && total === 0 && <p class="quiet reading-folder">Reading the folder…</p>}
      {!loadingLibrary.value && total === 0 && <p class="quiet">No articles in this folder yet.</p>}
      {total > 0 && list.length === 0 && <p class="quiet">No article matches these filters.</p>}
      <div class="article-scroller" ref={scroller} onScroll={sync}>
        <ul role="listbox" aria-label="Library" class="article-list virtual" style={{ height: `${geometry.total}px` }} onKeyDown={onKeyDown}>
          {shown.map((a, i) => {
            const copyOf = rows.copyOf.get(a.id) ?? null;
            const copies = rows.copiesOf.get(a.id) ?? NO_COPIES;
            return (
              <li
                key={a.id}
                id={`article-${a.id}`}
                role="option"
                aria-selected={a.id === openId}
                aria-setsize={list.length}
                aria-posinset={first + i + 1}
                tabIndex={a.id === activeId ? 0 : -1}
                style={{ top: `${geometry.top(first + i)}px`, height: `${geometry.height(first + i)}px` }}
                class={`article-item${a.id === openId ? ' open' : ''}${copyOf ? ' version-item' : ''}${a.read ? '' : ' unread'}${a.missing ? ' missing' : ''}`}
                onClick={() => {
                  cursorId.value = a.id;
                  void openArticle(a.id);
                }}
              >
                <span class="item-title">{a.title ?? a.file}</span>
                <span class="item-meta">
                  {a.missing && <span class="missing-label">File missing</span>}
                  {[copyOf ? `Version from ${versionName(a)}` : a.site, formatDate(a.published)].filter(Boolean).join(' · ') || 'Unknown source'}
                  {!a.read && <span class="unread-dot" title="Unread" aria-label="Unread" />}
                  {a.highlightCount > 0 && <span class="badge" title="Highlights">{a.highlightCount}</span>}
                  {a.hasNote && (
                    // A drawn pencil, not the ✎ character: the bundled faces lack it, and a glyph from a
                    // system font costs the first screen a font lookup (app.css) and looks different
                    // on every system.
                    <span class="badge note-badge" title="Has a note" role="img" aria-label="Has a note">
                      <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true" focusable="false">
                        <path d="M11.5 1.5l3 3-8.5 8.5-3.8.8.8-3.8z M9.8 3.2l3 3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
                      </svg>
                    </span>
                  )}
                </span>
                {copies.length > 0 && <span class="item-versions">Also published by {copies.map(versionName).join(', ')}</span>}
              </li>
            );
          })}
        </ul>
      </div>
      {errors.length > 0 && (
        <details class="index-errors">
          <summary>
            {errors.length} file{errors.length === 1 ? '' : 's'} could not be read
          </summary>
          <ul>
            {errors.slice(0, 500).map((e) => (
              <li key={e.file}>
                <strong>{e.file}</strong>: {e.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
