// Runs in Node. Packages only some work needs (a DOM and Readability for saved web pages, a YAML
// parser for Markdown front matter and exports, a language model for text no stopword list
// recognises, an encoding detector for files that are not UTF-8, Mustache for templated exports)
// cost 10–160 ms each to load. Loaded at start-up, they held back every extraction worker's first
// file and the main process's first answers, while the interface was starting on the same cores:
// loading each one the first time it is used brings the first articles to the screen sooner.
// `require` (each package ships a CommonJS build) keeps the callers synchronous.
import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/** A getter for package `specifier`, loaded on the first call and kept. */
export function loadOnFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireFromHere(specifier) as T);
}
