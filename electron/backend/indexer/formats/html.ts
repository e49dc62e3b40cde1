// Runs in Node. Saved web pages (.html/.htm): Mozilla Readability finds the story on a linkedom DOM
// (the well-kept extractor the reference figures come from), meta tags give what it does not
// (og:site_name, article:published_time, article:tag, author). The capture's lines for "Show
// original" are the page's block elements in order, each marked by whether the story kept it.
import type * as Readability from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { loadOnFirstUse } from '../../load-on-first-use.js';
import type { ExtractedArticle, ExtractionWithLines, OriginalLine } from '../article.js';
import { detectLanguage } from '../language.js';
import { findDateline } from '../metadata.js';
import { normalizeSpaces } from '../text-utils.js';
import { languageCode, normaliseDate, pick, pickList, type Fields } from './front-matter.js';

const readability = loadOnFirstUse<typeof Readability>('@mozilla/readability');
const linkedom = loadOnFirstUse<typeof Linkedom>('linkedom');

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,th,dt,dd,address';

type Doc = ReturnType<typeof Linkedom.parseHTML>['document'];

/** Text of the outermost block elements under `root`, in document order. */
function blockTexts(root: Doc | ReturnType<Doc['createElement']>, headings?: Set<string>): string[] {
  const out: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    // A block inside another block (a <p> in a <li>, a <td> in a <blockquote>) is read with its parent.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = normalizeSpaces(element.textContent ?? '');
    if (text === '') continue;
    out.push(text);
    if (/^H[1-3]$/u.test(element.tagName)) headings?.add(text);
  }
  return out;
}

/** <meta property|name=… content=…> as one record; repeated keys (article:tag) become lists. */
function metaFields(document: Doc): Fields {
  const fields: Record<string, string | string[]> = {};
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const existing = fields[key];
    if (existing === undefined) fields[key] = content;
    else fields[key] = Array.isArray(existing) ? [...existing, content] : [existing, content];
  }
  return fields;
}

export function extractHtml(html: string): ExtractionWithLines {
  const { parseHTML } = linkedom();
  const { Readability } = readability();
  const { document } = parseHTML(html);
  const meta = metaFields(document);
  const htmlLang = document.documentElement?.getAttribute('lang') ?? null;
  const pageTitle = normalizeSpaces(document.querySelector('title')?.textContent ?? '');
  // Readability edits the DOM it reads, so the original's blocks are taken first.
  const originalBlocks = document.body ? blockTexts(document) : [];
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();

  let paragraphs: string[] = [];
  const headings = new Set<string>();
  if (parsed?.content) {
    const { document: story } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    paragraphs = blockTexts(story, headings);
    if (paragraphs.length === 0) paragraphs = (parsed.textContent ?? '').split(/\n+/u).map((text) => normalizeSpaces(text)).filter(Boolean);
  }
  let title = normalizeSpaces(parsed?.title ?? '') || pick(meta, ['og:title', 'twitter:title']) || pageTitle || null;
  // Readability keeps the headline as the story's first heading: that is the title as published
  // (the <title> often carries " | Site Name"), and the reader shows it above the body, not in it.
  const first = paragraphs[0];
  if (first && headings.has(first) && first.length <= 200) {
    title = first;
    paragraphs = paragraphs.slice(1);
  }
  const date = normaliseDate(pick(meta, ['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'og:published_time']) ?? parsed?.publishedTime ?? null);
  const article: ExtractedArticle = {
    title,
    site: normalizeSpaces(parsed?.siteName ?? '') || pick(meta, ['og:site_name', 'application-name', 'publisher']),
    source: pick(meta, ['source', 'article:source', 'dc.source']),
    published: date.published,
    publishedPartial: date.partial,
    dateline: findDateline(paragraphs[0]),
    byline: normalizeSpaces(parsed?.byline ?? '').replace(/^by\s+/iu, '') || pick(meta, ['author', 'article:author', 'dc.creator']),
    tags: pickList(meta, ['article:tag', 'keywords', 'news_keywords']),
    language: languageCode(parsed?.lang ?? htmlLang) ?? detectLanguage(paragraphs),
    paragraphs,
    comments: [],
  };
  const kept = new Set(paragraphs);
  const lines: OriginalLine[] = originalBlocks.map((text) => ({
    text,
    role: text === title ? 'title' : kept.has(text) ? 'body' : 'removed',
  }));
  return { article, lines };
}
