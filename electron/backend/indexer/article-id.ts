// Runs in Node. Stable identifiers: an article's id comes from its path inside the library (so it
// survives restarts and moving the whole library), and a fingerprint of its body text tells whether
// annotations were made on the same text.
import { hash } from 'node:crypto';

// The one-shot hash, not createHash: a Hash object per call cost more than hashing a path (three
// hashes per indexed file, 10,000 files in a cold index).
const sha256Hex = (text: string): string => hash('sha256', text, 'hex');

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
