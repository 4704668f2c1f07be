/** Wall-clock timing for the benchmarks: best of n runs, with a GC between runs when node has --expose-gc. */
export async function bestOf<T>(n: number, fn: () => T | Promise<T>): Promise<{ seconds: number; value: T }> {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < n; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    value = await fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, value };
}

export function fmt(n: number, digits = 2): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
