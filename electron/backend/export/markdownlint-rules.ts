// Runs in Node. The markdownlint rule set every export must pass (checked in the test suite; listed in
// README.md, "Export and backup"). Everything is on except what an export cannot or should not follow.
export const MARKDOWNLINT_CONFIG = {
  default: true,
  // Quotes and notes are whole paragraphs; wrapping them would change what people copy.
  MD013: false,
  // The file starts with front matter and the generated region's marker, not a heading.
  MD041: false,
  // The combined file repeats "Highlights" and "Notes" under each article.
  MD024: { siblings_only: true },
  // Quotes are the article's own words, and they may hold a web or e-mail address: kept as written
  // (GFM and Obsidian show it as a link), not wrapped in <> or escaped, which would change the text.
  MD034: false,
  // Headings are the articles' own titles, punctuation and all ("Russia says no!").
  MD026: false,
  // The front matter's title is data, not a second top-level heading beside "# Title".
  MD025: { front_matter_title: '' },
} as const;
