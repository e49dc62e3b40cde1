// Runs in Node (benchmark). Timing helpers: wall-clock durations and percentiles.
export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const mb = (bytes: number): number => bytes / 1024 / 1024;
export const fixed = (n: number, digits = 1): string => n.toFixed(digits);
