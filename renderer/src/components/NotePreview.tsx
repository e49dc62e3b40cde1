// Runs in the renderer. A note rendered as Markdown. The nodes come from model/markdown.ts, which
// rebuilds markdown-it's output through an allow-list: no HTML string is ever put into the page.
import { useEffect, useRef } from 'preact/hooks';
import { renderMarkdown } from '../model/markdown';

export function NotePreview({ text, label }: { text: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(renderMarkdown(text));
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
