import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
const PAGES = ["taskpane.html", "index.html"].map((p) => join(DIST, p));
const LOCK = join(ROOT, ".tmp", "e2e-build.lock");
/** what the page is built from */
const INPUTS = ["src", "webpack.config.js", "package.json"];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name.endsWith(".test.ts") || name.endsWith(".test.tsx")) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

function isStale(): boolean {
  if (PAGES.some((p) => !existsSync(p)) || !existsSync(join(DIST, "engine.worker.js"))) return true;
  const built = Math.min(...PAGES.map((p) => statSync(p).mtimeMs));
  return INPUTS.some((p) => existsSync(join(ROOT, p)) && newestMtime(join(ROOT, p)) > built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Build dist/ (development mode: quicker, same code) when it is missing or older than its sources.
 * A lock directory keeps parallel e2e test files from building at once.
 */
export function ensureDist(): void {
  if (!isStale()) return;
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      sleep(500);
      if (!isStale()) return;
    }
  }
  try {
    if (isStale()) execFileSync("npx", ["webpack", "--mode", "development"], { cwd: ROOT, stdio: "pipe" });
  } finally {
    rmdirSync(LOCK);
  }
}
