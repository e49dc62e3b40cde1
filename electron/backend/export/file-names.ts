// Runs in Node. Turns an article title into a Markdown file name that is safe on Windows, macOS and Linux.
//
// Hand-written rather than using `sanitize-filename`: that package is only in node_modules as a
// transitive dev dependency of electron-builder (so it would be missing from the packaged app), and
// it drops Windows reserved names to an empty string and cuts at 255 bytes regardless of graphemes.

/** Longest whole file name in UTF-8 bytes: well under every common limit (255, and 143 on eCryptfs). */
export const MAX_FILE_NAME_BYTES = 120;
const EXTENSION = '.md';
const UNTITLED = 'Untitled';

/** Forbidden on Windows (and "/" everywhere), plus C0/C1 control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]+/g;
/** Bidi overrides and isolates: they can make "evil\u202Edm.exe" display as another extension. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Unpaired UTF-16 surrogates cannot be encoded in a file name. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Windows device names, reserved even with an extension ("con.txt.md") or trailing spaces. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Remove trailing dots and spaces (Windows drops them silently) and leading ones (hidden files). */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

function clean(text: string): string {
  const replaced = text
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    .replace(BIDI_CONTROLS, '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/gu, ' ');
  return trimEnds(replaced);
}

/** Cut to at most `maxBytes` UTF-8 bytes without splitting a character, emoji or accented letter. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let result = '';
  let bytes = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = byteLength(segment);
    if (bytes + size > maxBytes) break;
    result += segment;
    bytes += size;
  }
  return result;
}

/** "CON" and "con.txt" name devices on Windows: "CON_" and "con_.txt" do not. */
function avoidReserved(name: string): string {
  const dot = name.indexOf('.');
  const stem = dot < 0 ? name : name.slice(0, dot);
  if (!WINDOWS_RESERVED.test(stem.trimEnd())) return name;
  return `${stem.trimEnd()}_${dot < 0 ? '' : name.slice(dot)}`;
}

/**
 * A safe "<title>.md" file name, never empty and at most MAX_FILE_NAME_BYTES long. Falls back to
 * `fallback` (e.g. the article's file name) when the title is missing or has nothing usable.
 * `disambiguator` (e.g. a short id) is appended as " (<disambiguator>)" and survives truncation.
 */
export function markdownFileName(title: string | null, fallback: string, disambiguator?: string): string {
  const suffix = disambiguator ? ` (${clean(disambiguator)})` : '';
  const room = MAX_FILE_NAME_BYTES - byteLength(EXTENSION) - byteLength(suffix);
  const base = clean(title ?? '') || clean(fallback) || UNTITLED;
  const cut = trimEnds(truncateUtf8(base, room)) || UNTITLED;
  return `${avoidReserved(cut)}${suffix}${EXTENSION}`;
}
