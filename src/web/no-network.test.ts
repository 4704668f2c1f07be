import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

/**
 * Registrars' files hold children's ID numbers: nothing may leave the machine. The page's own code
 * has no way to send data anywhere — no fetch, XHR, beacon, WebSocket or EventSource.
 */
const ROOT = join(__dirname, "..", "..");
const DIRS = ["src/taskpane", "src/web", "src/worker", "src/ui", "src/core", "src/io"];
const SENDERS = /\b(fetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|navigator\.sendBeacon)/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

describe("no network in the page's code", () => {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d)));

  it("finds the sources it checks", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith("engine.worker.ts"))).toBe(true);
  });

  it("has no fetch, XMLHttpRequest, sendBeacon, WebSocket or EventSource", () => {
    const offenders = files.filter((f) => SENDERS.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it("the browser page's HTML (index.html) names no outside address: no Office.js, no CDN", () => {
    const html = readFileSync(join(ROOT, "src/web/index.html"), "utf8");
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/office\.js/i);
  });

  it("would catch one", () => {
    expect(SENDERS.test("await fetch(url, { body })")).toBe(true);
    expect(SENDERS.test("navigator.sendBeacon('/x', data)")).toBe(true);
  });
});
