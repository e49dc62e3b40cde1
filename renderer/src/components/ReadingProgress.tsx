// Runs in the renderer. A thin progress line and "N min left" for the open article; remembers where
// the person is and brings them back there when they reopen it.
import { useEffect, useState } from 'preact/hooks';
import { article } from '../model/reader';
import { flushPosition, rememberPosition, takeReveal } from '../model/reading-state';

function readerPane(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.reader-pane');
}

/** The body-text offset of the first paragraph whose bottom is below the top of the pane. */
function firstVisibleOffset(pane: HTMLElement): number {
  const top = pane.getBoundingClientRect().top;
  for (const p of pane.querySelectorAll<HTMLElement>('.article-body [data-start]')) {
    if (p.getBoundingClientRect().bottom > top + 8) return Number(p.dataset.start);
  }
  return 0;
}

function progressOf(pane: HTMLElement): number {
  const scrollable = pane.scrollHeight - pane.clientHeight;
  return scrollable <= 0 ? 1 : Math.min(1, Math.max(0, pane.scrollTop / scrollable));
}

export function ReadingProgress() {
  const view = article.value;
  const [progress, setProgress] = useState(0);

  useEffect(() => {
    const pane = readerPane();
    if (!view || !pane) return;
    // Bring the person back to where they were, once the paragraphs are laid out (unless a search
    // result is opening the article at its match).
    const revealing = takeReveal(view.id);
    const restore = requestAnimationFrame(() => {
      if (revealing) {
        pane.dataset.restoredFor = view.id;
        return;
      }
      const offset = view.position?.offset ?? 0;
      const target = [...pane.querySelectorAll<HTMLElement>('.article-body [data-start]')].filter((p) => Number(p.dataset.start) <= offset).pop();
      if (offset > 0 && target) target.scrollIntoView({ block: 'start' });
      else pane.scrollTop = 0;
      // Announces that the article is where it should be (tests wait on this, never on time).
      pane.dataset.restoredFor = view.id;
      setProgress(progressOf(pane));
      rememberPosition(view.id, { offset: firstVisibleOffset(pane), progress: progressOf(pane) });
    });
    const onScroll = () => {
      const current = progressOf(pane);
      setProgress(current);
      rememberPosition(view.id, { offset: firstVisibleOffset(pane), progress: current });
    };
    pane.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(restore);
      pane.removeEventListener('scroll', onScroll);
      flushPosition();
    };
  }, [view?.id]);

  if (!view) return null;
  const minutesLeft = Math.ceil(view.readingMinutes * (1 - progress));
  return (
    <div class="reading-progress">
      <div class="progress-track" role="progressbar" aria-label="Reading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
        <div class="progress-fill" style={{ width: `${progress * 100}%` }} />
      </div>
      <span class="time-left">{minutesLeft <= 0 ? 'Finished' : `${minutesLeft} min left`}</span>
    </div>
  );
}
