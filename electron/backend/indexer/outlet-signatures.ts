// Runs in Node. Recognises an outlet by its page template when the page never prints its own name.
//
// Some captures name the publisher nowhere in their text: no masthead, domain or copyright line
// survives in innerText (People's Daily Online's 2011 English pages are one: the logo was an image).
// A person still recognises the site from its furniture. This list is that world knowledge, like
// the gazetteer in credits.ts: each entry is a set of the template's own chrome lines, and a page
// must show several of them, exactly and outside the story, to count. It is consulted only when
// every textual signal (copyright holder, domain, outlet name) found nothing, so it never overrides
// what the page says. Add an entry only for a template seen in real captures, with ≥ 3 lines
// that are specific to it (not generic words like "Home" or "Share").
import type { ClassifiedLine } from './boilerplate.js';

interface Signature {
  site: string;
  lines: readonly string[];
  /** How many of `lines` must appear. */
  needed: number;
}

const SIGNATURES: readonly Signature[] = [
  {
    site: "People's Daily Online",
    lines: ['Email | Print | Subscribe | Comments | Forum', 'Weekly review', '• Do you have anything to say?', 'Hot Forum Discussion', 'Special Coverage', 'Major headlines'],
    needed: 3,
  },
];

export function siteBySignature(lines: readonly ClassifiedLine[], chrome: ReadonlySet<number>): string | null {
  const present = new Set(lines.filter((l) => chrome.has(l.index)).map((l) => l.text));
  for (const signature of SIGNATURES) {
    const hits = signature.lines.filter((line) => present.has(line)).length;
    if (hits >= signature.needed) return signature.site;
  }
  return null;
}
