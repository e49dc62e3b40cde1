// Runs in the renderer. The article header's tools: "Show original" (the whole capture with what
// extraction dropped dimmed), the version switch (one button per site that published the story)
// and "Compare versions" (word-level differences). Mounted in Reader's header as <ArticleTools view={view} />.
import type { ArticleView } from '../../../electron/common/contract';
import { articles } from '../model/library';
import { openArticle } from '../model/reader';
import { compareWith, comparison, original, showOriginal, toolModeFor, versionName, versionsOf } from '../model/versions';

const ROLE_LABEL: Record<string, string> = { title: 'Headline', meta: 'Metadata', body: 'Story', comment: 'Comment', removed: 'Removed' };

function OriginalPanel({ lang }: { lang: string | undefined }) {
  const view = original.value;
  if (!view) return null;
  const removed = view.lines.filter((l) => l.role === 'removed').length;
  return (
    <section class="original-view" aria-label="Original capture">
      <p class="tools-note">
        The whole capture of <strong>{view.file}</strong>: {view.lines.length} lines, {removed} removed (dimmed).
      </p>
      <ol class="original-lines" lang={lang}>
        {view.lines.map((line, i) => (
          <li key={i} class={`original-line role-${line.role}`} data-role={line.role} title={ROLE_LABEL[line.role]}>
            {line.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ComparePanel({ otherName, lang }: { otherName: string; lang: string | undefined }) {
  const diff = comparison.value;
  if (!diff) return null;
  const added = diff.parts.filter((p) => p.kind === 'added').length;
  const removed = diff.parts.filter((p) => p.kind === 'removed').length;
  return (
    <section class="compare-view" aria-label="Compare versions">
      <p class="tools-note">
        This version against {otherName}: {added} passage{added === 1 ? '' : 's'} only here (<span class="legend-ins">green</span>),{' '}
        {removed} only in {otherName} (<span class="legend-del">red, struck through</span>)
        {added + removed === 0 ? ' — the texts are the same.' : '.'}
      </p>
      <div class="compare-text" lang={lang}>
        {diff.parts.map((part, i) =>
          part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
        )}
      </div>
    </section>
  );
}

export function ArticleTools({ view }: { view: ArticleView }) {
  const versions = versionsOf(view.id, articles.value);
  const others = versions.filter((v) => v.id !== view.id);
  const mode = toolModeFor(view.id);
  const compared = others.find((o) => o.id === comparison.value?.otherId) ?? others[0];
  return (
    <div class="article-tools" data-mode={mode}>
      <div class="tools-row">
        <button type="button" class="tool-button" aria-pressed={mode === 'original'} onClick={() => void showOriginal(view.id)}>
          Show original
        </button>
        {versions.length > 1 && (
          <>
            <span class="versions" role="group" aria-label="Versions">
              {versions.map((v) => (
                <button
                  key={v.id}
                  type="button"
                  class="tool-button version-button"
                  aria-pressed={v.id === view.id}
                  title={v.file}
                  onClick={() => v.id !== view.id && void openArticle(v.id)}
                >
                  {versionName(v)}
                </button>
              ))}
            </span>
            {compared && (
              <button type="button" class="tool-button" aria-pressed={mode === 'compare'} onClick={() => void compareWith(view.id, compared.id)}>
                Compare versions
              </button>
            )}
          </>
        )}
      </div>
      {mode === 'original' && <OriginalPanel lang={view.language ?? undefined} />}
      {mode === 'compare' && compared && <ComparePanel otherName={versionName(compared)} lang={view.language ?? undefined} />}
    </div>
  );
}
