// Runs in Node. Turns the plain text of a captured web page into an article: body paragraphs, reader
// comments and metadata. Pipeline: lines.ts measures lines → boilerplate.ts classifies them →
// region.ts finds the story and the comments → metadata.ts and header-fields.ts read the header,
// language.ts the body's language.
// Each step is general (no per-site rules) and linear in the size of the page; none throws.
// extractTextWithLines also says what became of every line, for the reader's "Show original".
import type { ExtractedArticle, ExtractionWithLines, LineRole } from './article.js';
import { classifyLines, type ClassifiedLine } from './boilerplate.js';
import { bylineText, findByline, findPublishedPartial, findTags } from './header-fields.js';
import { detectLanguage } from './language.js';
import { splitLines, stopwordCountsOfLines, wordHashesOfLines } from './lines.js';
import { findTitle } from './headline.js';
import { findDateline, findPublished, findSite, findSource } from './metadata.js';
import { siteBySignature } from './outlet-signatures.js';
import { findComments, findRegion, isBodyLine } from './region.js';
import { unwrapHardWrapped } from './unwrap.js';

export const EMPTY_ARTICLE: ExtractedArticle = {
  title: null, site: null, source: null, published: null, publishedPartial: null, dateline: null,
  byline: null, tags: [], language: null, paragraphs: [], comments: [],
};

export function extractText(text: string): ExtractedArticle {
  return extractTextWithLines(text, false).article;
}

/**
 * Extraction plus each non-empty line's role; `withLines` false skips building that list.
 * `rawLines`: text.split('\n'), when the reader has them in a leaner form (see utf8Lines).
 */
export function extractTextWithLines(text: string, withLines = true, rawLines?: readonly string[]): ExtractionWithLines {
  try {
    return extract(text, withLines, rawLines);
  } catch {
    // A bug must not take the whole library down: the file is then reported as having no text.
    return { article: { ...EMPTY_ARTICLE, tags: [], paragraphs: [], comments: [] }, lines: [] };
  }
}

/**
 * The lines' texts, in an array built by pushing. Why not `map`: V8 makes the array of a `map` in
 * one kind when the caller runs unoptimised and in another once it is optimised, and every function
 * the array then reaches, compiled for the first kind, is thrown away and compiled again (the same
 * for the classified lines: boilerplate.ts). Each extraction worker paid that in its first seconds.
 */
function textsOf(lines: readonly ClassifiedLine[]): string[] {
  const texts: string[] = [];
  for (const line of lines) texts.push(line.text);
  return texts;
}

function extract(text: string, withLines: boolean, rawLines?: readonly string[]): ExtractionWithLines {
  const input = unwrapHardWrapped(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  // The reader's lines are the text's only while nothing has rewritten it.
  const lines = classifyLines(splitLines(input, input === text ? rawLines : undefined));
  const region = findRegion(lines);
  const titleIndex = findTitle(lines, region);
  const title = lines[titleIndex]?.text ?? null;

  const body: ClassifiedLine[] = [];
  for (const part of region.parts) {
    for (let i = part.start; i <= part.end; i++) {
      const line = lines[i];
      if (line && isBodyLine(line) && line.text !== title) body.push(line);
    }
  }
  const comments = findComments(lines, region);
  const bodyIndexes = new Set<number>();
  for (const l of body) bodyIndexes.add(l.index);
  const used = new Set<number>(bodyIndexes);
  for (const l of comments) used.add(l.index);
  const chrome = new Set<number>();
  for (const l of lines) if (!used.has(l.index)) chrome.add(l.index);

  const paragraphs = textsOf(body);
  // (Read only when there is one: reading past an array's end threw the compiled extractor away.)
  const lead = paragraphs.length > 0 ? paragraphs[0] : undefined;
  const published = findPublished(input, lines, titleIndex, region);
  const partial = published ? null : findPublishedPartial(lines, titleIndex, region);
  const bylineLine = findByline(lines, titleIndex, region);
  const tagged = findTags(lines, bodyIndexes);
  const article: ExtractedArticle = {
    title,
    site: findSite(lines, chrome, titleIndex, region) ?? siteBySignature(lines, chrome),
    source: findSource(lines, chrome, paragraphs, titleIndex, region),
    published,
    publishedPartial: partial?.value ?? null,
    dateline: findDateline(lead),
    byline: bylineText(bylineLine, bylineLine ? lines[bylineLine.index + 1] : undefined),
    tags: tagged.tags,
    // The paragraphs are the body lines' texts: their function words were looked up as they were split.
    language: detectLanguage(paragraphs, (length) => stopwordCountsOfLines(body, length)),
    paragraphs,
    comments: textsOf(comments),
  };
  // The lines were hashed word by word as they were split: the body's hashes are copied out of them.
  const bodyWordHashes = wordHashesOfLines(body);
  // The paragraphs are the body lines' texts, joined by plain separators.
  let bodyPlain = true;
  for (const line of body) bodyPlain &&= line.plain;
  if (!withLines) return { article, lines: [], bodyWordHashes, bodyPlain };

  const roles = new Map<number, LineRole>();
  for (const l of body) roles.set(l.index, 'body');
  for (const l of comments) roles.set(l.index, 'comment');
  const meta = [bylineLine, partial?.line, ...tagged.lines];
  for (let i = Math.max(0, titleIndex); i < region.start; i++) {
    const line = lines[i];
    // The header's date and credit lines are where published/source came from.
    if (line && (line.dateOnly || line.credit !== null || /^\d{1,2}:\d{2}/u.test(line.text))) meta.push(line);
  }
  for (const l of lines) if (l.credit !== null && chrome.has(l.index)) meta.push(l);
  for (const l of meta) if (l && !roles.has(l.index)) roles.set(l.index, 'meta');
  if (titleIndex >= 0) roles.set(titleIndex, 'title');
  return { article, lines: lines.map((l) => ({ text: l.text, role: roles.get(l.index) ?? 'removed' })), bodyWordHashes, bodyPlain };
}
