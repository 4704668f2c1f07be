import type { CliIo } from "./io";

const BAR = 24;

/** What a bar is showing: reading and writing go by bytes, the check by rows. */
export type Phase = "read" | "check" | "write";

const PHASE_WORDS: Record<Phase, string> = { read: "读取", check: "检查", write: "写出" };

/**
 * Progress while a file is read, checked and written. On a terminal a bar redraws in place; in a log or a
 * pipe, one plain line per file (for the check), so CI output stays readable.
 */
export function startProgress(io: CliIo, label: string, phase: Phase = "check"): { update(done: number, total: number): void; end(): void } {
  if (!io.isTTY) {
    if (phase === "check") io.stderr(`正在检查 ${label} …\n`);
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
      const count = phase === "check" ? ` ${done}/${total} 行` : "";
      io.stderr(`\r${label} ${PHASE_WORDS[phase]} [${"#".repeat(full)}${"-".repeat(BAR - full)}] ${pct}%${count}`);
    },
    end() {
      if (drawn) io.stderr("\r\x1b[K");
    },
  };
}
