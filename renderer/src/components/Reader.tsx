// Runs in the renderer. The reading column: title, a quiet metadata line, the story's paragraphs with
// their highlights, the floating Highlight button (with colours) and the highlight popover.
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleView, HighlightColor, HighlightView } from '../../../electron/common/contract';
import { selectedSpan, selectionRect } from '../dom/selection-offsets';
import { segmentsOf } from '../dom/highlight-segments';
import { articles } from '../model/library';
import { closePopover, openPopoverAt, popover } from '../model/popover';
import { article, highlightRange, loadingArticle } from '../model/reader';
import { ArticleTools } from './ArticleTools';
import { formatDate } from './format';
import { ColorButtons, HighlightPopover } from './HighlightPopover';

/** The reading column's body element, so keyboard shortcuts can highlight its selection. */
export const readerBody = { current: null as HTMLDivElement | null };

/** Highlights the current selection in the article body (default colour unless given). */
export function highlightSelection(color?: HighlightColor): boolean {
  const body = readerBody.current;
  const span = body ? selectedSpan(body) : null;
  if (!span) return false;
  void highlightRange(span.start, span.end, color);
  document.getSelection()?.removeAllRanges();
  return true;
}

/** The longest metadata part kept on one line. */
const WHOLE_PART = 40;

function MetaLine({ view }: { view: ArticleView }) {
  const original = view.duplicateOf ? articles.value.find((a) => a.id === view.duplicateOf) : undefined;
  const parts = [
    view.byline && `By ${view.byline}`,
    view.site,
    view.source && view.source !== view.site ? `via ${view.source}` : null,
    formatDate(view.published),
    view.dateline,
    `${view.readingMinutes} min read`,
  ].filter((part): part is string => Boolean(part));
  // Each short part whole on its line ("7 min read" never splits); the column breaks between them. A
  // long one (a byline of several names) may wrap, or it would overflow a narrow window.
  return (
    <p class="meta-line">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          <span class={part.length <= WHOLE_PART ? 'meta-part' : undefined}>{part}</span>
        </Fragment>
      ))}
      {original && <span class="also"> · Same story as {original.site ?? original.title}</span>}
    </p>
  );
}

/**
 * One mark per highlight covering a run, nested oldest outside: where highlights overlap, each keeps
 * its own colour and the translucent layers show both. A click opens the innermost one's popover.
 */
function nestedMarks(text: string, covering: HighlightView[], onMark: (h: HighlightView, el: HTMLElement) => void): ComponentChildren {
  return covering.reduceRight<ComponentChildren>(
    (inner, highlight, depth) => (
      <mark
        class={`hl hl-${highlight.color}${covering.length > 1 ? ' hl-overlap' : ''}${highlight.note ? ' hl-noted' : ''}`}
        data-highlight-id={highlight.id}
        data-depth={depth}
        onClick={(event) => {
          event.stopPropagation();
          onMark(highlight, event.currentTarget);
        }}
      >
        {inner}
      </mark>
    ),
    text,
  );
}

function Paragraph({ text, start, highlights, onMark }: { text: string; start: number; highlights: HighlightView[]; onMark: (h: HighlightView, el: HTMLElement) => void }) {
  return (
    <p data-start={start}>
      {segmentsOf(text, start, highlights).map((segment) =>
        segment.highlights.length === 0 ? segment.text : <span key={segment.start}>{nestedMarks(segment.text, segment.highlights, onMark)}</span>,
      )}
    </p>
  );
}

function SelectionBar({ at }: { at: { top: number; left: number } }) {
  return (
    <div class="floating selection-bar" style={{ top: `${Math.max(8, at.top)}px`, left: `${at.left}px` }} onMouseDown={(event) => event.preventDefault()}>
      <button type="button" class="highlight-button" onClick={() => highlightSelection()} title="Highlight (h)">
        Highlight
      </button>
      <ColorButtons current={null} onPick={(color) => highlightSelection(color)} />
    </div>
  );
}

export function Reader() {
  const view = article.value;
  const bodyRef = useRef<HTMLDivElement>(null);
  const [buttonAt, setButtonAt] = useState<{ top: number; left: number } | null>(null);

  useEffect(() => {
    readerBody.current = bodyRef.current;
    const onSelectionChange = () => {
      const body = bodyRef.current;
      const rect = body && selectedSpan(body) ? selectionRect() : null;
      setButtonAt(rect ? { top: rect.top - 44, left: rect.left + rect.width / 2 } : null);
      // Selecting new text is a new task: the popover of an older highlight would only be in the way.
      if (rect) closePopover();
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [view?.id]);

  if (!view) {
    return (
      <div class="reader-empty">
        <p>{loadingArticle.value ? 'Opening…' : 'Choose an article from the library to start reading.'}</p>
      </div>
    );
  }

  const onMark = (highlight: HighlightView, element: HTMLElement) => {
    if (!document.getSelection()?.isCollapsed) return;
    openPopoverAt(highlight.id, element);
  };
  const place = popover.value;
  const open = place ? view.highlights.find((h) => h.id === place.highlightId) : undefined;
  // The story's own language on its text (the app's, around it, is English): screen readers speak it
  // in its voice, hyphenation follows its rules, and Japanese and Chinese show their own glyph forms.
  const lang = view.language ?? undefined;

  return (
    <article class="reader" aria-labelledby="article-title">
      <header>
        <h1 id="article-title" lang={lang}>
          {view.title ?? view.file}
        </h1>
        <MetaLine view={view} />
        <ArticleTools view={view} />
      </header>
      <div class="article-body" lang={lang} ref={bodyRef}>
        {view.paragraphs.map((text, i) => (
          <Paragraph key={i} text={text} start={view.paragraphStarts[i] ?? 0} highlights={view.highlights} onMark={onMark} />
        ))}
      </div>
      {buttonAt && <SelectionBar at={buttonAt} />}
      {place && open && <HighlightPopover articleId={view.id} highlight={open} place={place} />}
    </article>
  );
}
