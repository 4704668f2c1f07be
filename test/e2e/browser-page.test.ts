import { mkdirSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/io/read-workbook";
import { issueText, workbookEdits } from "../../src/core";
import { REJECTED_SHEET } from "../../src/io/report/report-sheets";
import { runCheck } from "../../src/worker/run-check";
import { openGuardedPage, type GuardedPage } from "./browser";
import { DIST, ROOT } from "./dist";
import { useServedBrowser } from "./harness";
import { brokenPath, bytesOf, listSamplePath, samplePath } from "./sample-files";
import { SHOTS } from "./shots";

/**
 * The browser page (dist/index.html) as a registrar uses it, with the network blocked (only the local
 * server is reachable): files are picked, checked in the worker, results shown and the two files
 * (upload-ready copy, report) downloaded — and nothing is even requested off the machine.
 */
const WIDE = 1000;
const PANE = 320;

const e2e = useServedBrowser(() => mkdirSync(SHOTS, { recursive: true }));

async function open(width: number): Promise<GuardedPage> {
  const guarded = await openGuardedPage(e2e.browser, e2e.server.origin, width);
  await guarded.page.goto(`${e2e.server.origin}/index.html`);
  await guarded.page.getByText("把学籍导入表拖到这里").waitFor({ timeout: 20_000 });
  return guarded;
}

/** Pick files and click the one primary button once it is enabled (files read). */
async function pickAndCheck(page: Page, files: string[]): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(files);
  const button = page.getByRole("button", { name: /^检查(全部文件)?$/ });
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll("button")].find((x) => /^检查(全部文件)?$/.test(x.textContent ?? ""));
    return b && !b.disabled;
  });
  await button.click();
}

async function card(page: Page, label: string): Promise<number> {
  const text = await page.locator("dl[aria-label='检查结果汇总'] dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd").innerText();
  return Number(text.replace(/,/g, ""));
}

describe("browser page", () => {
  it("starts in browser mode at once and requests nothing off the machine (no Office.js)", async () => {
    const { page, blocked, served } = await open(WIDE);
    expect(await page.evaluate(() => document.body.dataset.host)).toBe("browser");
    expect(blocked).toEqual([]);
    expect(served.some((u) => u.startsWith("/index."))).toBe(true);
    expect(served.some((u) => u.startsWith("/taskpane."))).toBe(false);
    // .xls is read as it is: no need to save it as .xlsx first (the Excel pane needs that)
    expect(await page.getByText(/\.xls（直接读取，不必先另存为 \.xlsx）/).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "browser-start.png"), fullPage: true });
    await page.context().close();
  }, 60_000);

  it("checks the sample workbook in the worker, shows summary and issues, and downloads the upload-ready copy and the report", async () => {
    const sample = samplePath();
    const sourceTables = readWorkbook(bytesOf(sample), "sample.xlsx");
    const expectedCheck = runCheck(sourceTables, { profile: { id: "national" }, templateId: "auto" }, () => undefined);
    const expected = expectedCheck.results[0];
    const { page, blocked, served } = await open(WIDE);
    await pickAndCheck(page, [sample]);
    await page.getByText("问题列表").waitFor({ timeout: 60_000 });
    expect(served).toContain("/engine.worker.js");

    expect(await card(page, "行数")).toBe(expected.dataRows);
    expect(await card(page, "错误")).toBe(expected.counts.errors);
    expect(await card(page, "警告")).toBe(expected.counts.warnings);
    expect(await card(page, "可自动修正")).toBe(expected.counts.fixes);
    expect(await card(page, "重复身份证号")).toBe(expected.counts.duplicateIds);
    expect(await card(page, "超班额班级")).toBe(expected.counts.classesOverCap);
    await page.screenshot({ path: join(SHOTS, "browser-result.png"), fullPage: true });

    // open the first group: its first issue shows place and text
    await page.locator("section button[aria-expanded='false']").first().click();
    const firstItem = await page.locator("section li").first().innerText();
    expect(firstItem).toMatch(/^第 \d+ 行 [A-Z]+ 列/);
    expect(expected.issues.some((i) => firstItem.includes(issueText(i)))).toBe(true);
    await page.screenshot({ path: join(SHOTS, "browser-issues.png"), fullPage: true });

    // the upload-ready file is the sample itself: same sheets, rows and headers, fixed cells set, rejected rows out
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载上传用工作簿" }).click()]);
    expect(download.suggestedFilename()).toMatch(/-清理后\.xlsx$/);
    const saved = join(ROOT, ".tmp", `e2e-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    const tables = readWorkbook(bytesOf(saved), "cleaned.xlsx");
    expect(tables.map((t) => t.sheet)).toEqual(sourceTables.map((t) => t.sheet));
    const edits = workbookEdits(expectedCheck).find((e) => e.sheet === expected.sheet)!;
    const want = sourceTables.find((t) => t.sheet === expected.sheet)!.rows.map((r) => [...r]);
    for (const c of edits.cells) want[c.row - 1][c.col] = c.value;
    const removed = new Set(edits.removeRows);
    expect(tables.find((t) => t.sheet === expected.sheet)!.rows).toEqual(want.filter((_, i) => !removed.has(i + 1)));

    const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载校验报告" }).click()]);
    expect(report.suggestedFilename()).toMatch(/-校验报告\.xlsx$/);
    const reportPath = join(ROOT, ".tmp", `e2e-report-${Date.now()}.xlsx`);
    await report.saveAs(reportPath);
    const rejected = readWorkbook(bytesOf(reportPath), "report.xlsx").find((t) => t.sheet === REJECTED_SHEET);
    expect(rejected && rejected.rows.length - 1).toBe(expected.rejected.length);
    await page.screenshot({ path: join(SHOTS, "browser-downloads.png"), fullPage: true });
    expect(blocked).toEqual([]);
    await page.context().close();
  }, 180_000);

  it("works opened straight from disk (file://) with the network blocked, and asks for nothing but its own files", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: WIDE, height: 900 }, locale: "zh-CN", offline: true });
    const requested: string[] = [];
    context.on("request", (r) => void requested.push(r.url()));
    await context.route(/^https?:/, (route) => route.abort("internetdisconnected"));
    const page = await context.newPage();
    const pageUrl = pathToFileURL(join(DIST, "index.html")).href;
    await page.goto(pageUrl);
    await page.getByText("把学籍导入表拖到这里").waitFor({ timeout: 20_000 });
    await pickAndCheck(page, [samplePath()]);
    await page.getByText("问题列表").waitFor({ timeout: 60_000 });
    const distUrl = pathToFileURL(DIST).href;
    const offMachine = requested.filter((u) => !u.startsWith(`${distUrl}/`) && !/^(blob|data):/.test(u));
    expect(offMachine).toEqual([]);
    expect(requested).toContain(pageUrl);
    await context.close();
  }, 120_000);

  it("names a broken file and says what to do", async () => {
    const { page } = await open(WIDE);
    await page.getByTestId("file-input").setInputFiles([brokenPath()]);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("无法读取「x.xlsx」");
    expect(text).toMatch(/请/);
    await page.screenshot({ path: join(SHOTS, "browser-broken-file.png"), fullPage: true });
    await page.context().close();
  }, 60_000);

  it("takes several files dropped at once, checks them and shows each in its own tab", async () => {
    const { page } = await open(WIDE);
    const files = [samplePath(), listSamplePath(), brokenPath()].map((path) => ({
      name: path.split("/").pop()!,
      base64: Buffer.from(bytesOf(path)).toString("base64"),
    }));
    const dataTransfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    }, files);
    await page.dispatchEvent("[data-testid=drop-zone]", "drop", { dataTransfer });
    await page.getByRole("tablist", { name: "已选择的文件" }).waitFor();
    await page.getByRole("button", { name: "检查全部文件" }).click();
    const names = await page.getByRole("tablist", { name: "已选择的文件" }).getByRole("tab").allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(["新生导入-示例.xlsx", "新生名单-示例.csv", "x.xlsx"]);
    // both readable files get checked, one after the other
    for (const name of ["新生导入-示例.xlsx", "新生名单-示例.csv"]) {
      await page.getByRole("tab", { name }).click();
      await page.getByText("问题列表").waitFor({ timeout: 60_000 });
    }
    await page.getByRole("tab", { name: "x.xlsx" }).click();
    expect(await page.getByRole("alert").innerText()).toContain("无法读取「x.xlsx」");
    await page.screenshot({ path: join(SHOTS, "browser-two-files.png"), fullPage: true });
    await page.context().close();
  }, 180_000);

  it("fits a 320 px task pane and can be used from the keyboard", async () => {
    const { page } = await open(PANE);
    await page.screenshot({ path: join(SHOTS, "pane-start.png"), fullPage: true });
    // Tab walks the controls top to bottom, and focus is visible: each stop looks different focused
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      const focused = (await page.evaluateHandle(() => document.activeElement as HTMLElement)).asElement()!;
      const box = (await focused.boundingBox())!;
      const clip = { x: Math.max(0, box.x - 4), y: Math.max(0, box.y - 4), width: box.width + 8, height: box.height + 8 };
      const withFocus = await page.screenshot({ clip });
      const name = await focused.evaluate((el) => el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.tagName);
      await focused.evaluate((el) => (el as HTMLElement).blur());
      const without = await page.screenshot({ clip });
      await focused.evaluate((el) => (el as HTMLElement).focus());
      order.push(withFocus.equals(without) ? `${name}（无焦点框）` : name);
    }
    const at = (text: string) => order.findIndex((o) => o.startsWith(text));
    expect(order.filter((o) => o.endsWith("（无焦点框）"))).toEqual([]);
    expect(at("选择文件…")).toBeGreaterThanOrEqual(0);
    expect(at("选择文件…")).toBeLessThan(at("自动识别（按表头）"));
    expect(at("自动识别（按表头）")).toBeLessThan(at("全国默认"));
    expect(at("全国默认")).toBeLessThan(at("加载自定义配置…"));
    await pickAndCheck(page, [samplePath()]);
    await page.getByText("问题列表").waitFor({ timeout: 60_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, "pane-result.png"), fullPage: true });
    await page.locator("section button[aria-expanded='false']").first().click();
    await page.screenshot({ path: join(SHOTS, "pane-issues.png"), fullPage: true });
    // keyboard: tab to the first issue group and open it with Enter
    await page.locator("section button[aria-expanded='true']").first().focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("section button[aria-expanded='true']").count()).toBe(0);
    await page.context().close();
  }, 180_000);
});
