// Runs in Node. Turns the plain text of a captured web page into an article: body paragraphs, reader
// comments and metadata. Pipeline: lines.ts measures lines → boilerplate.ts classifies them →
// region.ts finds the story and the comments → metadata.ts reads title, site, source and dates.
// Each step is general (no per-site rules) and linear in the size of the page; none throws.
import type { ExtractedArticle } from './article.js';
import { classifyLines, type ClassifiedLine } from './boilerplate.js';
import { splitLines } from './lines.js';
import { findDateline, findPublished, findSite, findSource, findTitle } from './metadata.js';
import { findComments, findRegion, isBodyLine } from './region.js';

const EMPTY: ExtractedArticle = {
  title: null, site: null, source: null, published: null, dateline: null, paragraphs: [], comments: [],
};

export function extractText(text: string): ExtractedArticle {
  try {
    return extract(text);
  } catch {
    // A bug must not take the whole library down: the file is then reported as having no text.
    return { ...EMPTY, paragraphs: [], comments: [] };
  }
}

function extract(text: string): ExtractedArticle {
  const input = text.replace(/\r\n?/g, '\n');
  const lines = classifyLines(splitLines(input));
  const region = findRegion(lines);
  const titleIndex = findTitle(lines, region);
  const title = lines[titleIndex]?.text ?? null;

  const body: ClassifiedLine[] = [];
  for (let i = region.start; i <= region.end; i++) {
    const line = lines[i];
    if (line && isBodyLine(line) && line.text !== title) body.push(line);
  }
  const comments = findComments(lines, region);
  const used = new Set<number>([...body, ...comments].map((l) => l.index));
  const chrome = new Set<number>(lines.filter((l) => !used.has(l.index)).map((l) => l.index));

  const paragraphs = body.map((l) => l.text);
  return {
    title,
    site: findSite(lines, chrome, titleIndex, region),
    source: findSource(lines, chrome, paragraphs[0], titleIndex, region),
    published: findPublished(input, lines, titleIndex, region),
    dateline: findDateline(paragraphs[0]),
    paragraphs,
    comments: comments.map((l) => l.text),
  };
}
