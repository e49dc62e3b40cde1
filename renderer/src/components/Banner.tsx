// Runs in the renderer. Lasting warnings (e.g. a damaged data file kept aside) and the latest outcome.
import { dismissWarning, statusMessage, warnings } from '../model/status';

export function Banner() {
  return (
    <>
      {warnings.value.map((warning, index) => (
        <div class="banner" role="alert" key={warning}>
          <span>{warning}</span>
          <button type="button" onClick={() => dismissWarning(index)} aria-label="Dismiss warning">
            ×
          </button>
        </div>
      ))}
    </>
  );
}

export function StatusLine() {
  const status = statusMessage.value;
  return (
    <div class={`status-line ${status?.kind ?? ''}`} role="status" aria-live="polite">
      {status?.text ?? ''}
    </div>
  );
}
