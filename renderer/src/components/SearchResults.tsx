// Runs in the renderer. Search results, best first: where each match is, with the words marked.
import type { SearchHit } from '../../../electron/common/contract';
import { openHit, resultsQuery, searchError, searchPending, searchResults } from '../model/search';

const KIND_LABEL = { article: 'Article', highlight: 'Highlight', note: 'Note' } as const;

function MarkedSnippet({ hit }: { hit: SearchHit }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of hit.marks) {
    if (start > at) parts.push(hit.snippet.slice(at, start));
    parts.push(<mark key={start}>{hit.snippet.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(hit.snippet.slice(at));
  return <span class="result-snippet">{parts}</span>;
}

export function SearchResults() {
  const hits = searchResults.value;
  const pending = searchPending.value;
  return (
    <section class="search-results" aria-label="Search results">
      <p class="quiet" role="status">
        {searchError.value ?? (resultsQuery.value ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${resultsQuery.value}”` : 'Searching…')}
        {pending > 0 && !searchError.value && (
          <span class="search-pending"> · {pending.toLocaleString('en')} {pending === 1 ? 'article is' : 'articles are'} still being indexed for search; results so far</span>
        )}
      </p>
      <ul class="result-list">
        {hits.map((hit) => (
          <li key={`${hit.kind}:${hit.articleId}:${hit.highlightId ?? ''}`}>
            <button type="button" class="result" onClick={() => void openHit(hit)}>
              <span class="result-title">
                <span class={`kind kind-${hit.kind}`}>{KIND_LABEL[hit.kind]}</span> {hit.title ?? 'Untitled'}
              </span>
              {/* The same story from two sites has the same title: the site tells the results apart. */}
              {hit.site && <span class="result-site">{hit.site}</span>}
              {hit.alsoIn && <span class="result-also">Also in {hit.alsoIn.join(', ')}</span>}
              <MarkedSnippet hit={hit} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
