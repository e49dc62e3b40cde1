// Runs in Node. Full-text search over the library at once: article titles and bodies, highlights
// (their quotes and notes) and article notes, with prefix and typo matching, field boosts and BM25
// ranking as MiniSearch does them: its tokeniser and radix tree (prefix and typo lookup), with
// postings kept compact (compact-index.ts) and ranking that keeps only the best (ranked-query.ts).
import type { SearchHit } from '../../common/contract.js';
import { CompactIndex, tokenize } from './compact-index.js';
import type { CompactIndexState } from './posting-lists.js';
import { foldTerm } from './fold.js';
import { rankQuery, type QueryTerm, type RankedResult } from './ranked-query.js';
import { snippetWith, termMatcher } from './snippet.js';
import { isUnspacedTerm } from './tokenize.js';

export interface SearchableArticle {
  id: string;
  title: string | null;
  site: string | null;
  body: string;
}

export interface SearchableAnnotations {
  note: string;
  highlights: ReadonlyArray<{ id: string; quote: string; note: string }>;
}

interface SearchDocument {
  /** "a:<article>", "n:<article>" or "h:<article>:<highlight>". */
  key: string;
  kind: SearchHit['kind'];
  articleId: string;
  highlightId: string | null;
  title: string;
  site: string;
  text: string;
}

/** What a result needs besides its key. */
type Stored = Pick<SearchDocument, 'kind' | 'articleId' | 'highlightId'>;

/** The articles of a SearchIndex, for index-snapshot.ts to keep on disk (annotations are not kept). */
export interface SearchIndexState {
  engine: CompactIndexState;
  /** Each article's id, title and site. */
  articles: Array<[id: string, title: string | null, site: string | null]>;
}

const MAX_RESULTS = 50;
const SKIPPED_WORDS: ReadonlySet<string> = new Set(
  'the of and a an to in on for is was are were be been that with as by at from it its this or has have had which'.split(' '),
);
/** Fewer exact results than this and the query is tried again with typos forgiven. */
const FUZZY_FALLBACK_BELOW = 3;
const FIELDS = ['title', 'site', 'text'] as const;
const BOOSTS = { title: 3, site: 1.5 };

function processTerm(term: string): string | null {
  const word = foldTerm(term.toLowerCase());
  return SKIPPED_WORDS.has(word) ? null : word;
}
/** Only the word being typed is partial; expanding every word as a prefix costs time for nothing.
 * From three letters: a two-letter prefix expands to hundreds of words in a large library. A single
 * Chinese, Japanese or Korean character is indexed only as the start of its pairs (tokenize.ts), so
 * it is found as their prefix wherever it stands. */
const isPrefix = (term: string, index: number, terms: readonly string[]) =>
  (index === terms.length - 1 && term.length >= 3) || (isUnspacedTerm(term) && [...term].length === 1);
/** Forgive one typo in longer words; short words must match as typed. One edit is the typo a person
 * makes; two multiplies the words visited in a large vocabulary. */
const typoEdits = (term: string) => (term.length > 4 ? 1 : 0);

export class SearchIndex {
  // The commonest function words match nearly every document: indexing them makes a query such as
  // "the" or "defense of" score the whole library for nothing. Only unambiguous English ones: "may",
  // "will" or "war" (German "was") carry meaning in news and stay searchable.
  readonly #engine = new CompactIndex<Stored>(FIELDS, processTerm);
  /** Titles and sites for results; bodies only when no `bodyOf` reads them from elsewhere. */
  readonly #articles = new Map<string, { title: string | null; site: string | null; body: string | null }>();

  /** `bodyOf` supplies an article's body for snippets, so the index need not hold every body. */
  constructor(private readonly bodyOf?: (articleId: string) => string) {}
  /** The searchable text of each annotation document, for snippets. */
  readonly #texts = new Map<string, string>();
  readonly #annotationKeys = new Map<string, string[]>();

  /** Replaces everything: a newly opened library. */
  reset(articles: readonly SearchableArticle[]): void {
    this.#engine.clear();
    this.#articles.clear();
    this.#texts.clear();
    this.#annotationKeys.clear();
    this.upsert(articles);
  }

  /** The index as it stands, for a snapshot: the articles only (the store gives annotations again). */
  state(): SearchIndexState {
    return { engine: this.#engine.state((key) => key.startsWith('a:')), articles: [...this.#articles].map(([id, a]) => [id, a.title, a.site]) };
  }

  /**
   * Replaces everything with a snapshot's articles. Only for an index whose bodies are read
   * elsewhere (`bodyOf`): a snapshot holds no bodies.
   */
  restore(state: SearchIndexState): void {
    this.reset([]);
    for (const [id, title, site] of state.articles) this.#articles.set(id, { title, site, body: null });
    const isArticle = (key: string) => key.startsWith('a:') && this.#articles.has(key.slice(2));
    this.#engine.restore(state.engine, (key) => (isArticle(key) ? { kind: 'article', articleId: key.slice(2), highlightId: null } : null));
  }

  /** Keeps the arrays of a state taken now as they are until released (see CompactIndex.pin). */
  pin(): () => void {
    return this.#engine.pin();
  }

  get articleCount(): number {
    return this.#articles.size;
  }

  /** Whether the article is indexed with this title and site. */
  holds(id: string, title: string | null, site: string | null): boolean {
    const article = this.#articles.get(id);
    return article !== undefined && article.title === title && article.site === site;
  }

  /** Adds articles, or replaces the ones already indexed (a file changed on disk). */
  upsert(articles: readonly SearchableArticle[]): void {
    for (const article of articles) {
      if (this.#articles.has(article.id)) this.#engine.discard(`a:${article.id}`);
      this.#articles.set(article.id, { title: article.title, site: article.site, body: this.bodyOf ? null : article.body });
      this.#add({ key: `a:${article.id}`, kind: 'article', articleId: article.id, highlightId: null, title: article.title ?? '', site: article.site ?? '', text: article.body });
    }
  }

  /** Forgets articles that left the library, with their annotations. */
  remove(articleIds: readonly string[]): void {
    for (const id of articleIds) {
      if (this.#articles.delete(id)) this.#engine.discard(`a:${id}`);
      this.setAnnotations(id, { note: '', highlights: [] });
      this.#annotationKeys.delete(id);
    }
  }

  /** Re-indexes one article's note and highlights after they change. */
  setAnnotations(articleId: string, annotations: SearchableAnnotations): void {
    for (const key of this.#annotationKeys.get(articleId) ?? []) {
      this.#engine.discard(key);
      this.#texts.delete(key);
    }
    const article = this.#articles.get(articleId);
    const title = article?.title ?? '';
    const documents: SearchDocument[] = [];
    if (annotations.note.trim()) {
      documents.push({ key: `n:${articleId}`, kind: 'note', articleId, highlightId: null, title, site: '', text: annotations.note });
    }
    for (const h of annotations.highlights) {
      const text = h.note.trim() ? `${h.quote}\n${h.note}` : h.quote;
      documents.push({ key: `h:${articleId}:${h.id}`, kind: 'highlight', articleId, highlightId: h.id, title, site: '', text });
    }
    for (const d of documents) this.#texts.set(d.key, d.text);
    for (const d of documents) this.#add(d);
    this.#annotationKeys.set(articleId, documents.map((d) => d.key));
  }

  search(query: string): SearchHit[] {
    if (query.trim() === '') return [];
    // Typo matching is the expensive part (every near word, each with its documents), and a query
    // whose words are in the library needs none: try without it first, forgive typos only when
    // that finds (almost) nothing.
    let results = this.#rank(query, false);
    if (results.length < FUZZY_FALLBACK_BELOW) results = this.#rank(query, true);
    // Every word any result matched: one matcher for all snippets. A word matched in one result
    // and present in another is a match of the query there too (expansions are library-wide).
    const matcher = termMatcher(results.flatMap((result) => result.terms));
    return results.map((result) => {
      const { kind, articleId, highlightId } = result.stored;
      const article = this.#articles.get(articleId);
      const text = kind === 'article' ? (article?.body ?? this.bodyOf?.(articleId) ?? '') : (this.#texts.get(result.key) ?? '');
      const snippet = snippetWith(text, matcher);
      return {
        kind,
        articleId,
        highlightId,
        title: article?.title ?? null,
        site: article?.site ?? null,
        snippet: snippet.text,
        marks: snippet.marks,
        position: kind === 'article' ? snippet.position : null,
        length: kind === 'article' ? snippet.length : 0,
        terms: result.terms,
        score: result.score,
      };
    });
  }

  /** The best results holding every word of `query`; typos forgiven when `typos`. */
  #rank(query: string, typos: boolean): Array<RankedResult<Stored>> {
    const words = tokenize(query).map(processTerm).filter((word): word is string => Boolean(word));
    const terms: QueryTerm[] = words.map((term, i) => ({ term, prefix: isPrefix(term, i, words), maxEdits: typos ? typoEdits(term) : 0 }));
    return rankQuery(this.#engine, terms, { boosts: BOOSTS, limit: MAX_RESULTS });
  }

  #add(document: SearchDocument): void {
    const { key, kind, articleId, highlightId } = document;
    this.#engine.add(key, [document.title, document.site, document.text], { kind, articleId, highlightId });
  }
}
