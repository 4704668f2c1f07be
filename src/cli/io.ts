import { maskIds } from "../core/audit/mask";

/**
 * What a command needs from its surroundings, so tests can run `main()` in-process and capture
 * everything it says. Shared by `xueji check` and `xueji audit`.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** directory relative paths are resolved against */
  cwd: string;
  /** whether stderr is a terminal: progress bars redraw in place only then */
  isTTY: boolean;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

/** Collects output in memory (tests, and callers that want the text). */
export function memoryIo(cwd: string, isTTY = false): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, isTTY, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

/** Everything a command says goes through the ID mask (`--mask-ids`): reports that leave the office. */
export function maskedIo(io: CliIo): CliIo {
  return { ...io, stdout: (t) => io.stdout(maskIds(t)), stderr: (t) => io.stderr(maskIds(t)) };
}
