// Runs in the renderer. A note rendered as Markdown. The nodes come from model/markdown.ts, which
// rebuilds markdown-it's output through an allow-list: no HTML string is ever put into the page.
import { useEffect, useRef } from 'preact/hooks';
import { renderMarkdown } from '../model/markdown';

export function NotePreview({ text, label }: { text: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Typing fast can finish renders out of order: only the latest text's may land.
    let latest = true;
    renderMarkdown(text).then(
      (nodes) => {
        if (latest) ref.current?.replaceChildren(nodes);
      },
      // The renderer's own files failed to load (an update underway?): the note as plain text.
      () => {
        if (latest) ref.current?.replaceChildren(document.createTextNode(text));
      },
    );
    return () => {
      latest = false;
    };
  }, [text]);
  return (
    <div
      ref={ref}
      class="note-preview"
      role="document"
      aria-label={label}
      // Links open nowhere inside the app (that would replace it); their address shows on hover.
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
      }}
    />
  );
}
