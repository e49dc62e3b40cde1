// Runs in Node. A page's tags as Obsidian can use them: front matter's `tags` is Obsidian's own key,
// and Obsidian takes a tag only of letters, digits, "_", "-" and "/" (for nesting), with at least
// one character that is not a digit, and no spaces ("missile defence" would be no tag at all).

/** Characters a tag may not hold: all but letters, marks, digits, "_", "-" and "/". */
const NOT_IN_TAG = /[^\p{L}\p{M}\p{N}_\-/]+/gu;

/** One tag in Obsidian's form ("missile defence" → "missile-defence"), or null when none is left. */
export function obsidianTag(tag: string): string | null {
  const cleaned = tag
    .normalize('NFC')
    .trim()
    .replace(/^#+/u, '')
    // An initial's full stop goes ("U.S." is "US"); any other ("digitimes.com") parts words.
    .replace(/(?<![\p{L}\p{N}])(\p{L})\./gu, '$1')
    .replace(/[\s.]+/gu, '-')
    .replace(NOT_IN_TAG, '')
    .replace(/-{2,}/gu, '-')
    .replace(/^[-/]+|[-/]+$/gu, '');
  return cleaned !== '' && !/^\d+$/u.test(cleaned) ? cleaned : null;
}

/** The page's tags in Obsidian's form, in order, each once (Obsidian compares tags ignoring case). */
export function obsidianTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const cleaned = obsidianTag(tag);
    if (cleaned === null || seen.has(cleaned.toLowerCase())) continue;
    seen.add(cleaned.toLowerCase());
    out.push(cleaned);
  }
  return out;
}
