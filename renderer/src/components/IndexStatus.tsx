// Runs in the renderer. While the library is being indexed: a progress bar with files done of all,
// the rate and the time left, and a Cancel button; after a cancel, a line saying what happens next
// and a Resume button.
// While a large library's list comes in parts, how much of it is listed.
import { cancelIndexing, indexProgress, listingProgress, resumeIndexing } from '../model/library';
import { formatCount } from './format';


function timeLeft(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

export function IndexStatus() {
  const listed = listingProgress.value;
  return (
    <>
      {listed && (
        <p class="index-status quiet" role="status">
          Listing {formatCount(listed.listed)} of {formatCount(listed.total)} articles…
        </p>
      )}
      <IndexProgressBar />
    </>
  );
}

function IndexProgressBar() {
  const progress = indexProgress.value;
  if (!progress || progress.state === 'done') return null;
  if (progress.state === 'cancelled') {
    return (
      <div class="index-line index-stopped">
        <p class="index-status quiet" role="status">
          Indexing stopped at {formatCount(progress.done)} of {formatCount(progress.total)} files; the rest are read on resuming, or when the folder is opened again.
        </p>
        <button type="button" class="index-action" onClick={() => void resumeIndexing()}>
          Resume
        </button>
      </div>
    );
  }
  const share = progress.total > 0 ? progress.done / progress.total : 0;
  const details = [`${formatCount(progress.done)} of ${formatCount(progress.total)} files`, progress.filesPerSecond > 0 ? `${formatCount(Math.round(progress.filesPerSecond))} files/s` : '', timeLeft(progress.secondsLeft)].filter(Boolean);
  return (
    <div class="index-status">
      <div class="index-bar" role="progressbar" aria-label="Indexing" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} aria-valuetext={details.join(', ')}>
        {/* Scaled, not resized: the compositor animates a transform without the page's layout and paint. */}
        <span style={{ transform: `scaleX(${share.toFixed(4)})` }} />
      </div>
      <div class="index-line">
        <span class="index-text">Indexing {details.join(' · ')}</span>
        <button type="button" class="index-action" onClick={() => void cancelIndexing()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
