// Runs in the renderer. The reading column: title, a quiet metadata line, the story's paragraphs.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleView, HighlightView } from '../../../electron/common/contract';
import { selectedSpan, selectionRect } from '../dom/selection-offsets';
import { segmentsOf } from '../dom/highlight-segments';
import { articles } from '../model/library';
import { article, highlightRange, loadingArticle, removeHighlight } from '../model/reader';
import { formatDate, readingMinutes } from './format';

/** The reading column's body element, so keyboard shortcuts can highlight its selection. */
export const readerBody = { current: null as HTMLDivElement | null };

export function highlightSelection(): boolean {
  const body = readerBody.current;
  const span = body ? selectedSpan(body) : null;
  if (!span) return false;
  void highlightRange(span.start, span.end);
  document.getSelection()?.removeAllRanges();
  return true;
}

function MetaLine({ view }: { view: ArticleView }) {
  const original = view.duplicateOf ? articles.value.find((a) => a.id === view.duplicateOf) : undefined;
  const parts = [
    view.site,
    view.source && view.source !== view.site ? `via ${view.source}` : null,
    formatDate(view.published),
    view.dateline,
    `${readingMinutes(view.words)} min read`,
  ].filter(Boolean);
  return (
    <p class="meta-line">
      {parts.join(' · ')}
      {original && <span class="also"> · Same story as {original.site ?? original.title}</span>}
    </p>
  );
}

function Paragraph({ text, start, highlights, onMark }: { text: string; start: number; highlights: HighlightView[]; onMark: (h: HighlightView, el: HTMLElement) => void }) {
  return (
    <p data-start={start}>
      {segmentsOf(text, start, highlights).map((segment) => {
        const top = segment.highlights[segment.highlights.length - 1];
        if (!top) return segment.text;
        return (
          <mark
            key={segment.start}
            class={`hl hl-${top.color}${segment.highlights.length > 1 ? ' hl-overlap' : ''}`}
            data-highlight-id={top.id}
            onClick={(event) => onMark(top, event.currentTarget)}
          >
            {segment.text}
          </mark>
        );
      })}
    </p>
  );
}

export function Reader() {
  const view = article.value;
  const bodyRef = useRef<HTMLDivElement>(null);
  const [buttonAt, setButtonAt] = useState<{ top: number; left: number } | null>(null);
  const [popover, setPopover] = useState<{ highlight: HighlightView; top: number; left: number } | null>(null);

  useEffect(() => {
    readerBody.current = bodyRef.current;
    const onSelectionChange = () => {
      const body = bodyRef.current;
      const rect = body && selectedSpan(body) ? selectionRect() : null;
      setButtonAt(rect ? { top: rect.top - 44, left: rect.left + rect.width / 2 } : null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [view?.id]);

  useEffect(() => setPopover(null), [view?.id]);

  if (!view) {
    return (
      <div class="reader-empty">
        <p>{loadingArticle.value ? 'Opening…' : 'Choose an article from the library to start reading.'}</p>
      </div>
    );
  }

  const onMark = (highlight: HighlightView, element: HTMLElement) => {
    if (!document.getSelection()?.isCollapsed) return;
    const rect = element.getBoundingClientRect();
    setPopover({ highlight, top: rect.bottom + 6, left: rect.left + rect.width / 2 });
  };

  return (
    <article class="reader" aria-labelledby="article-title">
      <header>
        <h1 id="article-title">{view.title ?? view.file}</h1>
        <MetaLine view={view} />
      </header>
      <div class="article-body" ref={bodyRef}>
        {view.paragraphs.map((text, i) => (
          <Paragraph key={i} text={text} start={view.paragraphStarts[i] ?? 0} highlights={view.highlights} onMark={onMark} />
        ))}
      </div>
      {buttonAt && (
        <button
          type="button"
          class="floating highlight-button"
          style={{ top: `${Math.max(8, buttonAt.top)}px`, left: `${buttonAt.left}px` }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => highlightSelection()}
          title="Highlight (h)"
        >
          Highlight
        </button>
      )}
      {popover && (
        <div class="floating popover" role="dialog" aria-label="Highlight" style={{ top: `${popover.top}px`, left: `${popover.left}px` }}>
          <button
            type="button"
            onClick={() => {
              void removeHighlight(popover.highlight.id);
              setPopover(null);
            }}
          >
            Remove highlight
          </button>
          <button type="button" class="quiet-button" onClick={() => setPopover(null)} aria-label="Close">
            ×
          </button>
        </div>
      )}
    </article>
  );
}
