/**
 * Best of n runs, with a GC between runs when node has --expose-gc, then `before` (untimed). CPU seconds
 * (this process, all threads) are kept beside wall seconds: on a shared machine they show what the code costs.
 */
export async function bestOf<T>(n: number, fn: () => T | Promise<T>, before?: () => unknown): Promise<{ seconds: number; cpuSeconds: number; value: T }> {
  let best = Infinity;
  let bestCpu = Infinity;
  let value!: T;
  for (let i = 0; i < n; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    before?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = await fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
  }
  return { seconds: best, cpuSeconds: bestCpu, value };
}

export function fmt(n: number, digits = 2): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
