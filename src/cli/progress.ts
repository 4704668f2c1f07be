import type { CliIo } from "./io";

const BAR = 24;

/**
 * Progress while the engine checks a sheet. On a terminal a bar redraws in place; in a log or a
 * pipe, one plain line per file, so CI output stays readable.
 */
export function startProgress(io: CliIo, label: string): { update(done: number, total: number): void; end(): void } {
  if (!io.isTTY) {
    io.stderr(`正在检查 ${label} …\n`);
    return { update: () => undefined, end: () => undefined };
  }
  let shown = -1;
  let drawn = false;
  return {
    update(done, total) {
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (pct === shown) return;
      shown = pct;
      drawn = true;
      const full = Math.round((pct / 100) * BAR);
      io.stderr(`\r${label} [${"#".repeat(full)}${"-".repeat(BAR - full)}] ${pct}% ${done}/${total} 行`);
    },
    end() {
      if (drawn) io.stderr("\r\x1b[K");
    },
  };
}
