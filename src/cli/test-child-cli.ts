/**
 * Runs the real `bin/xueji.js` in a child process with a time and a heap cap (tests): a crash, a hang or an
 * out-of-memory death fails the test that caused it instead of killing jest. The sources are transpiled once
 * per test file (no type check: `tsc --noEmit` does that) into .tmp/, laid out as bin/ + lib/ like the package.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
/** what tsconfig.cli.json compiles */
const PARTS = ["core", "io", "cli", "samples"];

export interface ChildCli {
  dir: string;
  dispose(): void;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if ((name.endsWith(".ts") && !name.endsWith(".test.ts")) || name.endsWith(".json")) out.push(p);
  }
  return out;
}

/** Transpile the command line into a fresh directory under .tmp/ (inside the repo, so node_modules resolves). */
export function buildChildCli(): ChildCli {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, ".tmp", "cli-child-"));
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    resolveJsonModule: true,
  };
  for (const part of PARTS) {
    for (const file of sources(join(ROOT, "src", part))) {
      const rel = relative(join(ROOT, "src"), file);
      const target = join(dir, "lib", rel.replace(/\.ts$/, ".js"));
      mkdirSync(dirname(target), { recursive: true });
      if (file.endsWith(".json")) copyFileSync(file, target);
      else writeFileSync(target, ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions, fileName: file }).outputText);
    }
  }
  mkdirSync(join(dir, "bin"));
  copyFileSync(join(ROOT, "bin", "xueji.js"), join(dir, "bin", "xueji.js"));
  // the peak resident memory in KB, written as the process ends (an out-of-memory death writes none); VmHWM
  // where there is one, since Linux's maxRSS survives exec and would count the jest process that spawned it
  writeFileSync(
    join(dir, "rss-hook.js"),
    `process.on("exit", () => { const fs = require("fs"); let kb = process.resourceUsage().maxRSS; try { const m = /VmHWM:\\s*(\\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8")); if (m) kb = Number(m[1]); } catch {} fs.writeFileSync(process.env.XUEJI_RSS_FILE, String(kb)); });\n`,
  );
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ChildRun {
  /** null when the process was killed (time cap) or died of a signal */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** peak resident set in MB; null if the process never reached its exit handlers */
  peakMb: number | null;
}

export interface ChildLimits {
  timeoutMs: number;
  /** V8's heap cap for the child */
  heapMb: number;
}

/** `node --max-old-space-size=heapMb bin/xueji.js ...args` in `cwd`, killed at the time cap. */
export function runChildCli(cli: ChildCli, args: string[], cwd: string, limits: ChildLimits): ChildRun {
  const rssFile = join(cwd, `.rss-${process.pid}-${Date.now()}`);
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${limits.heapMb}`, "-r", join(cli.dir, "rss-hook.js"), join(cli.dir, "bin", "xueji.js"), ...args],
    { cwd, encoding: "utf8", timeout: limits.timeoutMs, killSignal: "SIGKILL", env: { ...process.env, XUEJI_RSS_FILE: rssFile }, maxBuffer: 64 * 1024 * 1024 },
  );
  let peakMb: number | null = null;
  try {
    peakMb = Number(readFileSync(rssFile, "utf8")) / 1024;
    rmSync(rssFile);
  } catch {
    peakMb = null;
  }
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", timedOut, peakMb };
}
