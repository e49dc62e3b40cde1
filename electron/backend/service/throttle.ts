// Runs in Node. Passes values on at most once per interval, the latest one last, and a final value
// at once. Written here rather than taken from a library: the "final value at once" rule is this
// app's (a finished backlog must not wait a quarter of a second), and it is a dozen lines.

/**
 * A function that hands `value` to `send` now if the last send was at least `ms` ago or `isFinal`
 * says so; otherwise once the interval has passed, with whatever value came last.
 */
export function throttled<T>(send: (value: T) => void, ms: number, isFinal: (value: T) => boolean): (value: T) => void {
  let last = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  let latest: T;
  const flush = () => {
    timer = null;
    last = performance.now();
    send(latest);
  };
  return (value: T) => {
    latest = value;
    if (isFinal(value) || performance.now() - last >= ms) {
      if (timer) clearTimeout(timer);
      flush();
    } else timer ??= setTimeout(flush, ms - (performance.now() - last));
  };
}
