// Runs in Node. Reads a large line-per-record file (the index cache's manifest: 12 MB for 10,000
// articles, 125 MB for 100,000) a megabyte at a time, so the event loop gets a turn every few ms,
// splitting lines on the bytes. Node's readline over a text stream (events, string joins, a regex
// split) took the main thread 40–80 % longer to read and parse the same manifest, while a reopened
// library's page waits for its list.
import { open } from 'node:fs/promises';

const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Calls `onLine` with each line of `file` (UTF-8; "\n" or "\r\n" endings, the last line with or
 * without one). Returning false stops the reading. Rejects when the file cannot be read.
 */
export async function forEachLine(file: string, onLine: (line: string) => boolean | void, chunkBytes = CHUNK_BYTES): Promise<void> {
  const handle = await open(file, 'r');
  try {
    // One buffer for the whole file: a line cut by a read's end is moved to its start and the next
    // read goes after it. A fresh buffer per read (joining the cut line to the next chunk) cost a
    // page fault per 4 KB of it: a tenth of a second of the main thread for a 100,000-article manifest.
    let buffer = Buffer.allocUnsafe(chunkBytes);
    let kept = 0;
    for (;;) {
      if (buffer.length - kept < chunkBytes / 2) {
        // A line longer than the buffer's free half: room for it, and for the rest of it.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, kept);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, null);
      if (bytesRead === 0) break;
      const data = buffer.subarray(0, kept + bytesRead);
      let start = 0;
      for (let end = data.indexOf(NEWLINE, kept); end >= 0; end = data.indexOf(NEWLINE, start)) {
        if (onLine(lineText(data, start, end)) === false) return;
        start = end + 1;
      }
      kept = data.length - start;
      data.copyWithin(0, start);
    }
    if (kept > 0) onLine(lineText(buffer, 0, kept));
  } finally {
    await handle.close();
  }
}

/** UTF-8 text of bytes start..end, without a closing "\r". A "\n" byte never occurs inside a
 * multi-byte UTF-8 character, so lines split on it decode whole. */
function lineText(data: Buffer, start: number, end: number): string {
  return data.toString('utf8', start, end > start && data[end - 1] === CARRIAGE_RETURN ? end - 1 : end);
}
