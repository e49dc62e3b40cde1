// Runs in Node. The index cache's journal: what changed since its manifest was last written whole,
// appended a line per file. One changed file in a library of 100,000 rewrote the whole manifest and
// signatures file (about 100 MB, 0.4 s of the main thread); now it appends about a kilobyte. The
// journal names the manifest it extends, so it is never read against another; it is folded into a
// new manifest when it grows long (see IndexCache).
import { appendFile, writeFile } from 'node:fs/promises';
import { HASHES } from './duplicates.js';
import type { CachedFile } from './cached-file.js';
import { manifestLine } from './manifest-file.js';
import { forEachLine } from './read-lines.js';

const SIGNATURE_BYTES = HASHES * 4;

/** The manifest a journal extends: the signatures file saved with it and the bodies file it points into. */
export interface JournalBase {
  signatures: string;
  bodies: string;
}

/** One file's change: its entry as it is now, or its removal. */
export type JournalChange = { entry: CachedFile } | { removed: string };

function lineOf(change: JournalChange): { e: Omit<CachedFile, 'signature'>; s: string | null } | { gone: string } {
  if ('removed' in change) return { gone: change.removed };
  const { signature } = change.entry;
  const s = signature && signature.length === HASHES ? Buffer.from(signature.buffer, signature.byteOffset, SIGNATURE_BYTES).toString('base64') : null;
  return { e: manifestLine(change.entry), s };
}

function signatureOf(text: string | null): Uint32Array | null {
  if (text === null) return null;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== SIGNATURE_BYTES) return null;
  // Copied into a buffer of its own: aligned for a Uint32Array, whatever the decoded bytes' offset.
  const signature = new Uint32Array(HASHES);
  new Uint8Array(signature.buffer).set(bytes);
  return signature;
}

/**
 * Appends `changes` to the journal at `file`; `fresh`: the journal is started anew for `base` (any
 * earlier one extended another manifest). One write per save: a crash cuts at most its last line.
 */
export async function appendJournal(file: string, base: JournalBase, changes: readonly JournalChange[], fresh: boolean): Promise<void> {
  const lines = changes.map((change) => `${JSON.stringify(lineOf(change))}\n`).join('');
  if (fresh) await writeFile(file, `${JSON.stringify({ journal: 1, ...base })}\n${lines}`);
  else await appendFile(file, lines);
}

/**
 * The changes the journal at `file` records over the manifest `base`, in order, and how many lines
 * it holds; none when it is absent or extends another manifest. A damaged line (a save cut short)
 * ends it (`damaged`): the files it would have named are seen as changed and read again, and lines
 * appended after it would never be read, so the caller writes the manifest whole next time.
 */
export async function readJournal(file: string, base: JournalBase): Promise<{ changes: JournalChange[]; lines: number; damaged: boolean }> {
  const changes: JournalChange[] = [];
  let started = false;
  let extendsBase = false;
  let damaged = false;
  try {
    await forEachLine(file, (text) => {
      if (!started) {
        started = true;
        const header = JSON.parse(text) as Partial<JournalBase>;
        extendsBase = header.signatures === base.signatures && header.bodies === base.bodies;
        return extendsBase;
      }
      damaged = true; // until the line is read whole
      const line = JSON.parse(text) as Partial<{ e: Omit<CachedFile, 'signature'>; s: string | null; gone: string }>;
      if (typeof line.gone === 'string') changes.push({ removed: line.gone });
      else if (typeof line.e?.file === 'string') changes.push({ entry: { ...line.e, signature: signatureOf(line.s ?? null) } });
      else return false; // not a line this code wrote
      damaged = false;
      return true;
    });
  } catch {
    // Absent, or damaged from this line on: what was read stands.
  }
  return extendsBase ? { changes, lines: changes.length, damaged } : { changes: [], lines: 0, damaged: false };
}
