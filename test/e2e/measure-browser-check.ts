import { writeFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { largeSheet } from "../../src/samples/large-sheet";
import { openGuardedPage } from "./browser";
import { WORK } from "./sample-files";

export interface BrowserTiming {
  rows: number;
  columns: number;
  /** file picked (the input's change event) → 已读取 on screen (read in the worker) */
  readSeconds: number;
  /** 检查 clicked → 问题列表 on screen (checked in the worker, answer sent, rendered) */
  checkSeconds: number;
}

/** A full 71-column 学籍接续 template sheet of `rows` consistent students over grades 1–6. */
export function writeLargeSheet(rows: number): { path: string; columns: number } {
  const { bytes, columns } = largeSheet(rows);
  const path = join(WORK, `学生信息-${rows}行.xlsx`);
  writeFileSync(path, bytes);
  return { path, columns };
}

/**
 * In the page, before its own scripts: when the file input changes and 检查 is clicked (capturing listeners),
 * and when the text that ends each step first appears (a mutation observer). Timed in the page, so what the
 * driver adds around each step (sending the file over, polling for the text) is not counted.
 */
function recordSteps(): void {
  const w = window as unknown as { __steps: Record<string, number> };
  const steps: Record<string, number> = (w.__steps = {});
  document.addEventListener("change", () => (steps.picked ??= performance.now()), true);
  document.addEventListener("click", (e) => {
    if ((e.target as Element | null)?.closest("button")?.textContent?.trim() === "检查") steps.clicked ??= performance.now();
  }, true);
  new MutationObserver(() => {
    const text = document.body?.innerText ?? "";
    if (steps.picked !== undefined && steps.read === undefined && /已读取「/.test(text)) steps.read = performance.now();
    if (steps.clicked !== undefined && steps.checked === undefined && text.includes("问题列表")) steps.checked = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Time the browser page reading and checking one large sheet, as a registrar would click it. */
export async function measureBrowserCheck(browser: Browser, origin: string, rows: number): Promise<BrowserTiming> {
  const { path, columns } = writeLargeSheet(rows);
  const { page } = await openGuardedPage(browser, origin, 1000);
  await page.addInitScript(recordSteps);
  await page.goto(`${origin}/index.html`);
  await page.getByText("把学籍导入表拖到这里").waitFor({ timeout: 20_000 });
  await page.getByTestId("file-input").setInputFiles([path]);
  await page.getByText(/^已读取「/).waitFor({ timeout: 120_000 });
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByText("问题列表").waitFor({ timeout: 300_000 });
  const steps = await page.evaluate(() => (window as unknown as { __steps: Record<string, number> }).__steps);
  const shown = await page.locator("dl[aria-label='检查结果汇总'] dd").first().innerText();
  await page.context().close();
  if (Number(shown.replace(/,/g, "")) !== rows) throw new Error(`the page counted ${shown} rows, expected ${rows}`);
  const seconds = (from: string, to: string) => {
    if (steps[from] === undefined || steps[to] === undefined) throw new Error(`the page did not record ${from} → ${to}: ${JSON.stringify(steps)}`);
    return Math.round(steps[to] - steps[from]) / 1000;
  };
  return { rows, columns, readSeconds: seconds("picked", "read"), checkSeconds: seconds("clicked", "checked") };
}
