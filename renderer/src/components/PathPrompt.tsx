// Runs in the renderer. Browser mode's stand-in for a native folder chooser: type the path.
import { useEffect, useRef } from 'preact/hooks';
import { answerPathPrompt, pathPrompt } from '../model/path-prompt';

export function PathPrompt() {
  const prompt = pathPrompt.value;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (prompt && dialog && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    }
  }, [prompt]);

  if (!prompt) return null;
  return (
    <dialog
      ref={dialogRef}
      class="path-prompt"
      aria-label={prompt.request.title}
      onCancel={(event) => {
        event.preventDefault();
        answerPathPrompt(null);
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          answerPathPrompt(inputRef.current?.value ?? null);
        }}
      >
        <h2>{prompt.request.title}</h2>
        <label>
          Folder path
          <input ref={inputRef} type="text" name="path" defaultValue={prompt.initial} spellcheck={false} autoComplete="off" />
        </label>
        <p class="quiet">A folder on this computer, e.g. /home/you/Articles.</p>
        <div class="dialog-buttons">
          <button type="button" onClick={() => answerPathPrompt(null)}>
            Cancel
          </button>
          <button type="submit" class="primary">
            {prompt.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
