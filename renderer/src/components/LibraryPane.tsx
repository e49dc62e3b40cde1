// Runs in the renderer. The library list: every article with title, site and date; keyboard first.
import type { ArticleSummary } from '../../../electron/common/contract';
import { articles, cursorId, library, loadingLibrary } from '../model/library';
import { article, openArticle } from '../model/reader';
import { formatDate } from './format';

function moveCursor(list: ArticleSummary[], from: string | null, step: number): void {
  const index = list.findIndex((a) => a.id === from);
  const next = list[Math.min(list.length - 1, Math.max(0, index + step))];
  if (!next) return;
  cursorId.value = next.id;
  document.getElementById(`article-${next.id}`)?.focus();
}

export function LibraryPane() {
  const list = articles.value;
  const errors = library.value?.errors ?? [];
  const openId = article.value?.id ?? null;
  const activeId = cursorId.value ?? openId ?? list[0]?.id ?? null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') moveCursor(list, activeId, 1);
    else if (event.key === 'ArrowUp') moveCursor(list, activeId, -1);
    else if (event.key === 'Home') moveCursor(list, activeId, -list.length);
    else if (event.key === 'End') moveCursor(list, activeId, list.length);
    else if (event.key === 'Enter' && activeId) void openArticle(activeId);
    else return;
    event.preventDefault();
  };

  return (
    <nav class="library-pane" aria-label="Library pane">
      <h2 class="pane-title">
        Library <span class="count">{list.length}</span>
      </h2>
      {loadingLibrary.value && list.length === 0 && <p class="quiet">Reading the folder…</p>}
      {!loadingLibrary.value && list.length === 0 && <p class="quiet">No articles in this folder yet.</p>}
      <ul role="listbox" aria-label="Library" class="article-list" onKeyDown={onKeyDown}>
        {list.map((a) => (
          <li
            key={a.id}
            id={`article-${a.id}`}
            role="option"
            aria-selected={a.id === openId}
            tabIndex={a.id === activeId ? 0 : -1}
            class={`article-item${a.id === openId ? ' open' : ''}`}
            onClick={() => {
              cursorId.value = a.id;
              void openArticle(a.id);
            }}
          >
            <span class="item-title">{a.title ?? a.file}</span>
            <span class="item-meta">
              {[a.site, formatDate(a.published)].filter(Boolean).join(' · ') || 'Unknown source'}
              {a.highlightCount > 0 && <span class="badge" title="Highlights">{a.highlightCount}</span>}
              {a.hasNote && <span class="badge note-badge" title="Has a note">✎</span>}
            </span>
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
    </nav>
  );
}
