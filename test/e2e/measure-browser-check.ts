import { writeFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { nationalContinuation } from "../../src/core/templates/national-continuation";
import { xlsxOf } from "../../src/samples/county-files";
import { generateStudents } from "../../src/samples/students";
import { templateRows } from "../../src/samples/template-rows";
import { openGuardedPage } from "./browser";
import { WORK } from "./sample-files";

export interface BrowserTiming {
  rows: number;
  columns: number;
  /** file picked → read into tables (main thread, SheetJS) */
  readSeconds: number;
  /** 检查 clicked → summary on screen (worker check, transfer, render) */
  checkSeconds: number;
}

/** A full 71-column 学籍接续 template sheet of `rows` consistent students over grades 1–6. */
export function writeLargeSheet(rows: number): { path: string; columns: number } {
  const students = generateStudents({ count: rows, seed: 20000, schoolYear: 2025, grades: [1, 2, 3, 4, 5, 6] });
  const table = templateRows(nationalContinuation, students);
  const path = join(WORK, `学生信息-${rows}行.xlsx`);
  // shared strings and deflate, as Excel itself saves
  writeFileSync(path, xlsxOf({ sheet: "学生信息", rows: table }));
  return { path, columns: table[0].length };
}

/** Time the browser page reading and checking one large sheet, as a registrar would click it. */
export async function measureBrowserCheck(browser: Browser, origin: string, rows: number): Promise<BrowserTiming> {
  const { path, columns } = writeLargeSheet(rows);
  const { page } = await openGuardedPage(browser, origin, 1000);
  await page.goto(`${origin}/taskpane.html`);
  await page.getByText("把学籍导入表拖到这里").waitFor({ timeout: 20_000 });
  const picked = Date.now();
  await page.getByTestId("file-input").setInputFiles([path]);
  await page.getByText(/^已读取「/).waitFor({ timeout: 120_000 });
  const read = Date.now();
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.getByText("问题列表").waitFor({ timeout: 300_000 });
  const checked = Date.now();
  const shown = await page.locator("dl[aria-label='检查结果汇总'] dd").first().innerText();
  await page.context().close();
  if (Number(shown.replace(/,/g, "")) !== rows) throw new Error(`the page counted ${shown} rows, expected ${rows}`);
  return { rows, columns, readSeconds: (read - picked) / 1000, checkSeconds: (checked - read) / 1000 };
}
