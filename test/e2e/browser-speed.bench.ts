import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { ROOT } from "./dist";
import { useServedBrowser } from "./harness";
import { measureBrowserCheck } from "./measure-browser-check";

/**
 * Benchmark, not a test (`npm run bench:browser`, not part of `npm test`): the browser page with a
 * 20,000-row, 71-column sheet, read and checked in headless Chromium. The script builds dist/ in production
 * mode first, as the page ships (the e2e tests build it in development mode, quicker to build and a third
 * slower to run: every imported call goes through a module getter). Prints the seconds and writes them to
 * .tmp/browser-check-20000.json for the README.
 */
const e2e = useServedBrowser();

it("measures reading and checking 20,000 rows in the browser page", async () => {
  const timing = await measureBrowserCheck(e2e.browser, e2e.server.origin, 20_000);
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  writeFileSync(join(ROOT, ".tmp", "browser-check-20000.json"), JSON.stringify(timing, null, 2));
  console.log(`浏览器版 ${timing.rows} 行 × ${timing.columns} 列：读取 ${timing.readSeconds} s，检查并显示 ${timing.checkSeconds} s，合计 ${(timing.readSeconds + timing.checkSeconds).toFixed(2)} s`);
}, 600_000);
