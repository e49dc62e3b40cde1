// Runs in Node. Stable identifiers: an article's id comes from its path inside the library (so it
// survives restarts and moving the whole library), and a fingerprint of its body text tells whether
// annotations were made on the same text.
import { createHash } from 'node:crypto';

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Id of the article at `relativePath`: first 16 hex digits of sha256 over the path with "/"
 * separators and NFC normalisation (macOS may hand out NFD file names for the same folder).
 */
export function articleIdFor(relativePath: string): string {
  return sha256Hex(relativePath.normalize('NFC')).slice(0, 16);
}

/** Short hash of a body text (bodyText(paragraphs)). */
export function fingerprintOf(text: string): string {
  return sha256Hex(text).slice(0, 16);
}
