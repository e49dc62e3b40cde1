// Runs in Node. Markdown notes and clippings: YAML front matter gives the metadata (title, site,
// source, published, tags, author), the document's blocks give the body. Markdown files are
// written or clipped deliberately, so there is no boilerplate to remove: every block is kept.
import type * as Yaml from 'yaml';
import type { ExtractedArticle, ExtractionWithLines, LineRole, OriginalLine } from '../article.js';
import { findDateline } from '../metadata.js';
import { detectLanguage } from '../language.js';
import { normalizeSpaces } from '../text-utils.js';
import { loadOnFirstUse } from '../../load-on-first-use.js';
import { languageCode, normaliseDate, pick, pickList, type Fields } from './front-matter.js';

const yaml = loadOnFirstUse<typeof Yaml>('yaml');

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;

function readFrontMatter(text: string): { fields: Fields; rest: string; raw: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { fields: {}, rest: text, raw: '' };
  let fields: Fields = {};
  try {
    const parsed: unknown = yaml().parse(m[1] ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Fields;
  } catch {
    // Broken YAML: the body is still worth reading; the metadata then comes from the text.
  }
  return { fields, rest: text.slice(m[0].length), raw: m[0] };
}

/** Inline Markdown to plain text: links and images keep their words, emphasis marks go. */
export function plainInline(text: string): string {
  return normalizeSpaces(
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
      .replace(/<[^>]+>/gu, '')
      .replace(/(\*\*|__|\*|_|`|~~)(?=\S)([^*_`~]*?\S)\1/gu, '$2'),
  );
}

export function extractMarkdown(text: string): ExtractionWithLines {
  const { fields, rest, raw } = readFrontMatter(text.replace(/\r\n?/g, '\n'));
  const lines: OriginalLine[] = raw.split('\n').filter((l) => l.trim() !== '').map((l) => ({ text: l, role: 'meta' as LineRole }));
  let title = pick(fields, ['title', 'headline']);
  const paragraphs: string[] = [];
  let block: string[] = [];
  let fence = false;
  const flush = (): void => {
    if (block.length === 0) return;
    const joined = plainInline(block.join(' '));
    if (joined !== '') paragraphs.push(joined);
    block = [];
  };
  for (const rawLine of rest.split('\n')) {
    const line = rawLine.trim();
    if (/^(```|~~~)/u.test(line)) {
      fence = !fence;
      flush();
      if (line !== '') lines.push({ text: rawLine, role: 'removed' });
      continue;
    }
    if (line === '') {
      if (!fence) flush();
      continue;
    }
    const heading = fence ? null : /^#{1,6}\s+(.*?)\s*#*$/u.exec(line);
    if (heading) {
      flush();
      const textOf = plainInline(heading[1] ?? '');
      if (!title && line.startsWith('# ')) {
        title = textOf;
        lines.push({ text: rawLine, role: 'title' });
      } else {
        if (textOf) paragraphs.push(textOf);
        lines.push({ text: rawLine, role: 'body' });
      }
      continue;
    }
    if (!fence && /^([-*_]\s*){3,}$/u.test(line)) {
      flush();
      lines.push({ text: rawLine, role: 'removed' });
      continue;
    }
    // List items and quotes are paragraphs of their own.
    const item = fence ? null : /^(?:[-*+]|\d+[.)]|>)\s+(.*)$/u.exec(line);
    if (item) {
      flush();
      block.push(item[1] ?? '');
      flush();
    } else block.push(line);
    lines.push({ text: rawLine, role: 'body' });
  }
  flush();
  const date = normaliseDate(pick(fields, ['published', 'date', 'pubDate', 'published_at', 'created']));
  const article: ExtractedArticle = {
    title,
    site: pick(fields, ['site', 'site_name', 'siteName', 'publisher', 'website']),
    source: pick(fields, ['source', 'agency', 'credit']),
    published: date.published,
    publishedPartial: date.partial,
    dateline: findDateline(paragraphs[0]),
    byline: pick(fields, ['author', 'byline', 'authors', 'by']),
    tags: pickList(fields, ['tags', 'topics', 'keywords', 'categories']),
    language: languageCode(pick(fields, ['language', 'lang'])) ?? detectLanguage(paragraphs),
    paragraphs,
    comments: [],
  };
  return { article, lines };
}
