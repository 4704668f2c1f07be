import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { DIST, ensureDist, ROOT } from "./dist";
import { measureBrowserCheck } from "./measure-browser-check";
import { removeWork } from "./sample-files";
import { serveDir, type StaticServer } from "./static-server";

/**
 * Benchmark, not a test (`npm run bench:browser`, not part of `npm test`): the browser page with a
 * 20,000-row, 71-column sheet, read and checked in headless Chromium. Prints the seconds and writes
 * them to .tmp/browser-check-20000.json for the README.
 */
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureDist();
  server = await serveDir(DIST);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeWork();
});

it("measures reading and checking 20,000 rows in the browser page", async () => {
  const timing = await measureBrowserCheck(browser, server.origin, 20_000);
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  writeFileSync(join(ROOT, ".tmp", "browser-check-20000.json"), JSON.stringify(timing, null, 2));
  console.log(`浏览器版 ${timing.rows} 行 × ${timing.columns} 列：读取 ${timing.readSeconds} s，检查并显示 ${timing.checkSeconds} s`);
}, 600_000);
