// Runs in the renderer. Notes rendered as Markdown for the preview, safely: markdown-it with raw HTML
// off (so "<script>" stays text), then an allow-list rebuild of the result in a fresh fragment, so
// no element or attribute reaches the page unless it is known harmless, whatever markdown-it emits.
// Images are shown as their alt text: the CSP allows no outside images, and notes should not fetch.
// markdown-it (with its entity tables and linkify) is over half of the renderer's code and only a
// note preview needs it: it loads on first use, so evaluating it does not lengthen start-up.
import type MarkdownItModule from 'markdown-it';

type Markdown = ReturnType<typeof MarkdownItModule>;

let markdown: Promise<Markdown> | null = null;

function markdownIt(): Promise<Markdown> {
  markdown ??= import('markdown-it').then(({ default: Markdown }) => new Markdown({ html: false, linkify: true, typographer: false, breaks: false }));
  return markdown;
}

const ALLOWED = new Set([
  'P', 'BR', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'EM', 'S', 'CODE', 'PRE', 'BLOCKQUOTE',
  'UL', 'OL', 'LI', 'A', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD',
]);
const SAFE_LINK = /^(https?:|mailto:)/i;

function rebuild(source: Node, target: Node): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(document.createTextNode(child.textContent ?? ''));
    } else if (child instanceof Element) {
      if (child.tagName === 'IMG') {
        target.appendChild(document.createTextNode(child.getAttribute('alt') ?? ''));
      } else if (ALLOWED.has(child.tagName)) {
        const copy = document.createElement(child.tagName.toLowerCase());
        const href = child.tagName === 'A' ? child.getAttribute('href') : null;
        if (href && SAFE_LINK.test(href)) {
          copy.setAttribute('href', href);
          copy.setAttribute('title', href);
          copy.setAttribute('rel', 'noopener noreferrer');
        }
        const start = child.tagName === 'OL' ? child.getAttribute('start') : null;
        if (start && /^\d{1,6}$/.test(start)) copy.setAttribute('start', start);
        rebuild(child, copy);
        target.appendChild(copy);
      } else {
        rebuild(child, target); // Unknown wrapper: keep its text, drop the element.
      }
    }
  }
}

/** The note as safe DOM nodes, ready to put into the preview. */
export async function renderMarkdown(text: string): Promise<DocumentFragment> {
  const html = (await markdownIt()).render(text);
  // DOMParser builds an inert document: nothing in it runs or loads.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = document.createDocumentFragment();
  rebuild(parsed.body, fragment);
  return fragment;
}
