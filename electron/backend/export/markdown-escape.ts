// Runs in Node. Backslash-escapes article text so Markdown (CommonMark + GFM + Obsidian) renders it as
// the very same characters: a quoted "*" must not start emphasis, a "#" must not become a heading or
// tag, a "1." at the start of a line must not become a list.

/**
 * Characters escaped wherever they appear. CommonMark: \ * _ ` [ ] < > # |; GFM: ~ (strikethrough);
 * Obsidian: $ (maths) and ^ (a trailing "^word" would become a block id).
 */
const INLINE = /[\\*_`[\]<>#|~$^]/g;
/** "&amp;" or "&#123;" would be decoded to another character by the renderer. */
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
/** Obsidian's ==highlight== and %%comment%%: escaping the first of a pair breaks the pair. */
const DOUBLES = /(==|%%)/g;
/** At the start of a line: list bullets "-"/"+" and setext heading underlines "="/"-". */
const LINE_MARKER = /^[-+=]/;
/** At the start of a line: ordered list markers "1." and "1)". */
const ORDERED_LIST = /^(\d{1,9})([.)])/;
/**
 * At the start of a line: a colon before a dash, which with the line above makes a GFM table (":-" is
 * a one-column alignment row). A leading "-" or "|" is escaped already.
 */
const TABLE_ALIGNMENT = /^:(?=-)/;

function escapeLine(line: string): string {
  // Leading spaces would make an indented code block, two trailing ones a hard break; the renderer
  // drops both anyway, so the text reads the same without them.
  const text = line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  const inline = text
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(DOUBLES, (pair) => `\\${pair}`);
  return inline.replace(LINE_MARKER, '\\$&').replace(ORDERED_LIST, '$1\\$2').replace(TABLE_ALIGNMENT, '\\:');
}

/** Escape text that is placed on its own lines (a quote). Line breaks are kept, as "\n". */
export function escapeMarkdownText(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine).join('\n');
}

/** Escape text that must stay on one line (a heading, the metadata line): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** Prefix every line with "> " (empty lines get ">" alone, so the quote stays one block). */
export function blockquote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Obsidian block ids may only hold Latin letters, digits and "-". */
export function blockId(highlightId: string): string {
  return `h-${highlightId.replace(/[^A-Za-z0-9-]/g, '-')}`;
}
