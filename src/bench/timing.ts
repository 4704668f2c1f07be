import { readFileSync } from "node:fs";

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

/**
 * Peak memory of this process alone, in MB. Linux's getrusage maxRSS survives exec, so a process the bench
 * spawns would report the bench's own size; /proc/self/status's VmHWM belongs to this program's image.
 */
export function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux: maxRSS is all there is
  }
  return process.resourceUsage().maxRSS / 1024;
}
