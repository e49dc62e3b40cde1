// Runs in Node. Passes values on at most once per interval, the latest one last, and a final value
// at once. Written here rather than taken from a library: the "final value at once" rule is this
// app's (a finished backlog must not wait a quarter of a second), and it is a dozen lines.

/**
 * A function that hands `value` to `send` now if the last send was at least `ms` ago or `isFinal`
 * says so; otherwise once the interval has passed, with whatever value came last. A value equal to
 * the last one sent is not sent again, and drops one held back: the receiver already has it. (The
 * search backlog returns to 0 after each small batch while a library streams in: sending every 0
 * made about 650 pushes for 10,000 articles, each a task on the page's main thread.)
 */
export function throttled<T>(send: (value: T) => void, ms: number, isFinal: (value: T) => boolean): (value: T) => void {
  let last = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  let latest: T;
  let sent: { value: T } | null = null;
  const flush = () => {
    timer = null;
    last = performance.now();
    sent = { value: latest };
    send(latest);
  };
  return (value: T) => {
    latest = value;
    if (sent && Object.is(sent.value, value)) {
      if (timer) clearTimeout(timer);
      timer = null;
      return;
    }
    if (isFinal(value) || performance.now() - last >= ms) {
      if (timer) clearTimeout(timer);
      flush();
    } else timer ??= setTimeout(flush, ms - (performance.now() - last));
  };
}
