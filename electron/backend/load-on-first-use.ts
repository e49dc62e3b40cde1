// Runs in Node. Packages only some files need (a DOM and Readability for saved web pages, a YAML
// parser for Markdown front matter, a language model for text no stopword list recognises) cost
// 30–160 ms each to load. Every extraction worker used to load all of them before reading its first
// file, on a machine whose cores are busy starting the app: loading each one the first time it is
// used brings the first articles to the screen sooner. `require` (each package ships a CommonJS
// build) keeps the extractors synchronous, as the indexer calls them.
import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/** A getter for package `specifier`, loaded on the first call and kept. */
export function loadOnFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireFromHere(specifier) as T);
}
