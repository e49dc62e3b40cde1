// Runs in Node. More pages for the extractor's warm-up (extractor-warm-up.ts), made from the bundled
// captures. Warmed on the five captures alone, V8 optimises the extractor for what they hold: the
// first pages of a real library take branches they never did (a caption credit, a "By" alone on its
// line, a Japanese paragraph, a comment's author line), and each such branch throws away optimised
// code to be compiled again, on the same two cores the extraction needs. After the five alone, the
// benchmark's 10,000 then compiled 80–86 functions (400–440 ms of one core per worker) and threw away
// code 24–25 times, the dev set's 181 real pages 38–41 times; after these pages as well, 58 functions
// (190 ms), 2 times, and 12–13 times (docs/benchmarks.md, twenty-fifth session). Hand-written, the
// page furniture below is what captured pages carry in general, not any site's or test library's.

/** A bundled capture, by file name. */
export interface WarmUpSeed {
  name: string;
  text: string;
}

export interface WarmUpPage {
  /** A file name: the page is written to a folder of its own for the workers to read. */
  name: string;
  text: string;
}

/** Lines of the page furniture the extractor classifies, by where on a page they sit. */
export const FURNITURE = {
  /** Menus, account links, a ticker of cut headlines. */
  head: [
    'Home | News | World | Business | Sport | Opinion | Video',
    'Sign in | Register | Subscribe',
    'Breaking: markets close higher... Storm warning lifted... Talks resume in Geneva... Vote count continues... Airport reopens...',
    'Skip to main content',
    'Search',
  ],
  /** Bylines (one alone, its name on the next line), dates, photo captions with their credits. */
  top: [
    'By',
    'Anna Novak',
    'By Anna Novak | March 3, 2012',
    'By Reuters',
    'By John Smith and Anna Novak, Staff Writers',
    'Anna Novak, Staff Writer',
    'John Smith and Anna Novak, Associated Press',
    'Updated: 2012-03-03T10:15:00Z',
    'Tuesday, 12 June 2012, 14:05 GMT',
    'Posted on March 3, 2012 by admin',
    'Image copyright Getty Images Image caption Ministers met in Brussels on Thursday',
    '© Reuters Ministers met in Brussels on Thursday to discuss the shield and the talks with Moscow that followed it.',
    'Officials at the meeting in Brussels on Thursday. (Photo: AP/John Doe)',
    'Ministers met in Brussels on Thursday for the second time this year. Photo credit: Jane Doe',
  ],
  /** A date in each shape dates.ts reads. */
  dates: [
    '2013-01-31',
    '2013年04月09日',
    '19:43 31/01/2013',
    '31.01.2013 19:43',
    '11/19/19 06:56 AM',
    'June 7, 2011 at 4:14 pm',
    '20 Nov, 2019 05:47',
    '30. März 2015',
    '30 de março de 2015',
    '24 сен 2018',
    'PUBLISHED TUE, NOV 19 20197:05 AM EST',
    'Monday 03/04/2013',
  ],
  /** What interrupts a story: links to others, advertisements, lists, lines of names. */
  inStory: [
    'Anders Fogh Rasmussen, Sergei Lavrov, Hillary Clinton, Dmitry Medvedev, Catherine Ashton, Guido Westerwelle',
    'NATO, Russia, Rasmussen, Lavrov, Clinton, Medvedev, Ashton, Westerwelle, Davutoglu: Lisbon, Saturday.',
    'Anders Fogh Rasmussen, Sergei Lavrov, Hillary Clinton, Dmitry Medvedev, Catherine Ashton, Guido Westerwelle, Ahmet Davutoglu, Radoslaw Sikorski, Laurent Fabius, William Hague, Leon Panetta: NATO, Lisbon, Brussels, Chicago.',
    'Read more: NATO and Russia in talks',
    'Advertisement',
    'Related: Missile shield plans',
    'Читайте также: НАТО и Россия',
    '• First point of the plan',
    '• Second point of the plan',
    '1. The first stage ends in 2015',
    '2. The second stage ends in 2018',
    "Don't miss: the week in pictures",
  ],
  /** Lines of no clear kind: a numbered item, long lines without a full stop, a link, a table row. */
  odd: [
    '3) The first stage of the shield, with radars in Turkey and ships in the Mediterranean',
    'Russia and NATO agree to keep talking about the shield while the alliance goes on building it in Romania and Poland',
    "Get the day's big stories and the analysis you need delivered every morning",
    'Background',
    'Watch: the press conference',
    'https://www.example.com/news/2013/01/31/nato-russia',
    'Country | Interceptors | Year',
    '2',
    '***',
    '— Anders Fogh Rasmussen',
    'and more',
  ],
  /** After the story: sharing, the author's box, credits, copyright notices, lists, comments. */
  tail: [
    'Share this: Facebook | Twitter | Email | Print',
    'About Anna Novak',
    'Follow Anna Novak on Twitter',
    '(Reporting by Jane Doe; Editing by Tom Brown)',
    'Copyright © 2013 The Daily Courier. All rights reserved.',
    '© 2013 Baltic News Group',
    'Tags: NATO, Russia, missile defence',
    'Most read',
    'You may also like',
    '34 comments',
    'John Smith says:',
    'March 4, 2012 at 9:12 am',
    'Good article, thanks for writing it.',
    'Reply',
    'Leave a Reply',
    'Subscribe to our newsletter for daily updates in your inbox',
  ],
  /** A list of other stories, each with its date under it, kept together. */
  related: ['More news', 'Iran refuels its nuclear plant', '12 March 2013', 'NATO chief visits Moscow', '11 March 2013', 'Talks on the shield resume', '10 March 2013'],
} as const;

/** A short headline of the kind a page puts above a story with no page furniture. */
const HEADLINE = 'NATO and Russia Talk Missile Defense';

/** Story paragraphs in other scripts: the first article of the Universal Declaration of Human Rights. */
const OTHER_SCRIPTS = [
  '人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。',
  'すべての人間は、生れながらにして自由であり、かつ、尊厳と権利とについて平等である。人間は、理性と良心とを授けられており、互いに同胞の精神をもって行動しなければならない。',
  'Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и совестью и должны поступать в отношении друг друга в духе братства.',
];

/** A line this long in words is taken for a story paragraph. */
const PARAGRAPH_WORDS = 13;
const isParagraph = (line: string): boolean => line.split(' ').length >= PARAGRAPH_WORDS;

/** The i-th run of `size` lines of `group`, wrapping round: over the seeds, every line is used. */
function rotatingSlice(group: readonly string[], i: number, size: number): string[] {
  return Array.from({ length: Math.min(size, group.length) }, (_, k) => group[(i * size + k) % group.length] ?? '');
}

/** The capture with page furniture around and inside its story. */
function furnished(text: string, i: number): string {
  const lines = text.split('\n');
  const part = (from: number, to?: number): string[] => lines.slice(Math.min(from, lines.length), to === undefined ? undefined : Math.min(to, lines.length));
  const dates = rotatingSlice(FURNITURE.dates, i, 3);
  return [
    ...rotatingSlice(FURNITURE.head, i, 3),
    '',
    ...part(0, 6),
    '',
    ...rotatingSlice(FURNITURE.top, i, 3),
    ...dates.slice(0, 1),
    '',
    ...part(6, 14),
    '',
    ...rotatingSlice(FURNITURE.inStory, i, 3),
    '',
    ...part(14, 18),
    ...rotatingSlice(FURNITURE.odd, i, 6),
    ...dates.slice(1),
    '',
    ...part(18),
    '',
    ...rotatingSlice(FURNITURE.tail, i, 8),
    '',
    ...FURNITURE.related,
  ].join('\n');
}

/** Every furniture line, one after each fourth line of the capture: out of place as well as in place. */
const ALL_FURNITURE = Object.values(FURNITURE).flat();
function interleaved(text: string, i: number): string {
  return text
    .split('\n')
    .flatMap((line, n) => (n % 4 === i % 4 ? [line, ALL_FURNITURE[(n + i) % ALL_FURNITURE.length] ?? ''] : [line]))
    .join('\n');
}

/** Hard-wrapped at 72 columns, as plain-text copies of pages often are. */
function hardWrapped(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= 72) return [line];
      const wrapped: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > 72) {
          wrapped.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...wrapped, current];
    })
    .join('\n');
}

/** Each seed's variants: the same captures in the other shapes pages come in. */
const VARIANTS: Record<string, (text: string, i: number, seeds: readonly WarmUpSeed[]) => string> = {
  furnished,
  /** Its story in another script (one- and two-byte strings, CJK lengths, language detection). */
  'other-script': (text, i) => text.split('\n').map((line) => (isParagraph(line) ? (OTHER_SCRIPTS[i % OTHER_SCRIPTS.length] ?? line) : line)).join('\n'),
  interleaved,
  /** Its first lines gone, the headline with them or nearly. */
  'cut-top': (text) => text.split('\n').slice(4).join('\n'),
  /** Plain ASCII quotes and dashes (V8 keeps such text as one-byte strings). */
  ascii: (text) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-'),
  /** Two stories on one page. */
  pair: (text, i, seeds) => `${text}\n\n${seeds[(i + 1) % seeds.length]?.text ?? ''}`,
  /** A stub: the header and the story's start. */
  stub: (text) => text.split('\n').slice(0, 14).join('\n'),
  /** Three stories on one page, a long one. */
  three: (text, i, seeds) => [text, seeds[(i + 1) % seeds.length]?.text ?? '', seeds[(i + 2) % seeds.length]?.text ?? ''].join('\n\n'),
  /** Its whole text on one line, as a page flattened to text may be. */
  'one-line': (text) => text.split('\n').filter((line) => line.trim() !== '').join(' '),
  /** A bare page: a short headline, the agency's byline, the date, the story. */
  headed: (text) => [HEADLINE, 'By Reuters', 'March 3, 2012', '', ...text.split('\n').filter(isParagraph)].join('\n'),
  /** A short headline right above a standfirst, then the story. */
  standfirst: (text) => [HEADLINE, ...text.split('\n').filter(isParagraph)].join('\n'),
  /** Windows line ends. */
  crlf: (text) => text.replace(/\n/g, '\r\n'),
  'hard-wrapped': hardWrapped,
  /** The story's paragraphs alone, no page around them, and a short closing line. */
  'story-only': (text) => `${text.split('\n').filter(isParagraph).join('\n\n')}\n\nThe talks go on next week.`,
  /** The header in capitals. */
  capitals: (text) => text.split('\n').map((line, n) => (n < 12 ? line.toUpperCase() : line)).join('\n'),
};

/** Every variant of every seed, in a fixed order; none that is its seed unchanged (one with no curly quotes made ASCII). */
export function warmUpPages(seeds: readonly WarmUpSeed[]): WarmUpPage[] {
  return seeds.flatMap((seed, i) =>
    Object.entries(VARIANTS)
      .map(([kind, make]) => ({ name: `${kind}-${i}.txt`, text: make(seed.text, i, seeds) }))
      .filter((page) => page.text !== seed.text),
  );
}
