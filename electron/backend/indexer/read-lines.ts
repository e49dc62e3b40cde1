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
    const chunk = Buffer.allocUnsafe(chunkBytes);
    let carry: Buffer | null = null;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      // A line cut by the chunk's end is kept (copied: the chunk is reused) and joined to the next.
      const data: Buffer = carry ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      let start = 0;
      for (let end = data.indexOf(NEWLINE, start); end >= 0; end = data.indexOf(NEWLINE, start)) {
        if (onLine(lineText(data, start, end)) === false) return;
        start = end + 1;
      }
      carry = start < data.length ? Buffer.from(data.subarray(start)) : null;
    }
    if (carry) onLine(lineText(carry, 0, carry.length));
  } finally {
    await handle.close();
  }
}

/** UTF-8 text of bytes start..end, without a closing "\r". A "\n" byte never occurs inside a
 * multi-byte UTF-8 character, so lines split on it decode whole. */
function lineText(data: Buffer, start: number, end: number): string {
  return data.toString('utf8', start, end > start && data[end - 1] === CARRIAGE_RETURN ? end - 1 : end);
}
