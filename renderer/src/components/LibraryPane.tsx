// Runs in the renderer. The library list: every article with title, site and date; keyboard first.
// Versions of one story are grouped: the original says "Also published by …" and each copy is
// listed right under it, indented, so the story reads as one entry with its versions.
import { useEffect } from 'preact/hooks';
import type { ArticleSummary } from '../../../electron/common/contract';
import { setListNavigation } from '../model/keyboard';
import { articles, cursorId, library, loadingLibrary } from '../model/library';
import { visibleRows } from '../model/library-view';
import { article, openArticle } from '../model/reader';
import { versionName, versionsOf } from '../model/versions';
import { formatDate } from './format';
import { LibraryControls } from './LibraryControls';

function moveCursor(list: ArticleSummary[], from: string | null, step: number): void {
  const index = list.findIndex((a) => a.id === from);
  const next = list[Math.min(list.length - 1, Math.max(0, index + step))];
  if (!next) return;
  cursorId.value = next.id;
  document.getElementById(`article-${next.id}`)?.focus();
}

function activeIdIn(list: ArticleSummary[]): string | null {
  return cursorId.value ?? article.value?.id ?? list[0]?.id ?? null;
}

export function LibraryPane() {
  const rows = visibleRows.value;
  const list = rows.map((r) => r.article);
  const total = articles.value.length;
  const errors = library.value?.errors ?? [];
  const openId = article.value?.id ?? null;
  const activeId = activeIdIn(list);

  useEffect(() => {
    setListNavigation({
      move: (step) => moveCursor(list, activeIdIn(list), step),
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
    if (event.key === 'ArrowDown') moveCursor(list, activeId, 1);
    else if (event.key === 'ArrowUp') moveCursor(list, activeId, -1);
    else if (event.key === 'Home') moveCursor(list, activeId, -list.length);
    else if (event.key === 'End') moveCursor(list, activeId, list.length);
    else if (event.key === 'Enter' && activeId) void openArticle(activeId);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div class="library-view">
      <h2 class="pane-title">
        Library <span class="count">{list.length === total ? total : `${list.length} of ${total}`}</span>
      </h2>
      <LibraryControls />
      {loadingLibrary.value && total === 0 && <p class="quiet">Reading the folder…</p>}
      {!loadingLibrary.value && total === 0 && <p class="quiet">No articles in this folder yet.</p>}
      {total > 0 && list.length === 0 && <p class="quiet">No article matches these filters.</p>}
      <ul role="listbox" aria-label="Library" class="article-list" onKeyDown={onKeyDown}>
        {rows.map(({ article: a, copyOf, copies }) => (
          <li
            key={a.id}
            id={`article-${a.id}`}
            role="option"
            aria-selected={a.id === openId}
            tabIndex={a.id === activeId ? 0 : -1}
            class={`article-item${a.id === openId ? ' open' : ''}${copyOf ? ' version-item' : ''}${a.read ? '' : ' unread'}`}
            onClick={() => {
              cursorId.value = a.id;
              void openArticle(a.id);
            }}
          >
            <span class="item-title">{a.title ?? a.file}</span>
            <span class="item-meta">
              {[copyOf ? `Version from ${versionName(a)}` : a.site, formatDate(a.published)].filter(Boolean).join(' · ') || 'Unknown source'}
              {!a.read && <span class="unread-dot" title="Unread" aria-label="Unread" />}
              {a.highlightCount > 0 && <span class="badge" title="Highlights">{a.highlightCount}</span>}
              {a.hasNote && <span class="badge note-badge" title="Has a note">✎</span>}
            </span>
            {copies.length > 0 && <span class="item-versions">Also published by {copies.map(versionName).join(', ')}</span>}
          </li>
        ))}
      </ul>
      {errors.length > 0 && (
        <details class="index-errors">
          <summary>
            {errors.length} file{errors.length === 1 ? '' : 's'} could not be read
          </summary>
          <ul>
            {errors.map((e) => (
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
