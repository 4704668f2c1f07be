import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/io/read-workbook";
import { runCheck } from "../../src/worker/run-check";
import { OFFICE_CDN, openGuardedPage } from "./browser";
import { ensureFakeOffice } from "./fake-office/build";
import { useServedBrowser } from "./harness";
import { bytesOf, samplePath } from "./sample-files";
import { SHOTS } from "./shots";

/**
 * The task pane inside "Excel": a fake Office (test/e2e/fake-office) hands the real adapter an
 * in-memory workbook holding the sample sheet, so the pane reads, checks, selects, marks and fixes
 * through the same code as in Excel, 320 px wide.
 */

let fakeOffice: string;
const e2e = useServedBrowser(() => (fakeOffice = readFileSync(ensureFakeOffice(), "utf8")));

const sample = readWorkbook(bytesOf(samplePath()), "sample.xlsx")[0];
const expected = runCheck([sample], { profile: { id: "national" }, templateId: "auto" }, () => undefined).results[0];

/** taskpane.html with the fake Office installed first; `after` runs after it (to change what onReady does). */
async function loadPane(after = ""): Promise<{ page: Page; blocked: string[] }> {
  const { page, blocked } = await openGuardedPage(e2e.browser, e2e.server.origin, 320);
  const fixture = { sheet: sample.sheet, rows: sample.rows };
  await page.addInitScript({ content: `window.__XUEJI_SHEET__ = ${JSON.stringify(fixture)};\n${fakeOffice}\n${after}` });
  await page.goto(`${e2e.server.origin}/taskpane.html`);
  return { page, blocked };
}

async function openPane(): Promise<{ page: Page; blocked: string[] }> {
  const opened = await loadPane();
  await opened.page.getByText("检查当前工作簿的学籍导入表").waitFor({ timeout: 20_000 });
  return opened;
}

const host = (page: Page) => page.evaluate(() => document.body.dataset.host);

async function card(page: Page, label: string): Promise<number> {
  const dd = page.locator("dl[aria-label='检查结果汇总'] dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd");
  return Number((await dd.innerText()).replace(/,/g, ""));
}

describe("task pane in Excel", () => {
  it("checks the open workbook, selects a cell from an issue, marks and fixes with a backup", async () => {
    const { page, blocked } = await openPane();
    expect(await page.evaluate(() => document.body.dataset.host)).toBe("excel");
    await page.screenshot({ path: join(SHOTS, "pane-excel-start.png"), fullPage: true });

    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("button", { name: "重新检查" }).waitFor({ timeout: 60_000 });
    await page.getByText("问题列表").waitFor({ timeout: 60_000 });
    expect(await card(page, "行数")).toBe(expected.dataRows);
    expect(await card(page, "错误")).toBe(expected.counts.errors);
    expect(await card(page, "可自动修正")).toBe(expected.counts.fixes);
    await page.screenshot({ path: join(SHOTS, "pane-excel-result.png"), fullPage: true });

    // open the checksum group with the keyboard and select its issue's cell with Enter
    const checksum = expected.issues.find((i) => i.code === "id/checksum")!;
    const group = page.locator("section button[aria-expanded='false']", { hasText: "校验位" });
    await group.focus();
    await page.keyboard.press("Enter");
    const item = page.locator("section li button").first();
    await item.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { selection: string | null } }).__fakeExcel.selection !== null);
    const selection = await page.evaluate(() => (window as unknown as { __fakeExcel: { selection: string } }).__fakeExcel.selection);
    expect(selection).toBe(`${sample.sheet}!${checksum.column}${checksum.row}`);

    await page.getByRole("button", { name: "标记问题单元格" }).click();
    await page.getByText("已标记问题单元格").waitFor();
    const fill = await page.evaluate(
      ([r, c]) => (window as unknown as { __fakeExcel: { workbook: { sheets: { fillAt(r: number, c: number): { color: string } }[] } } }).__fakeExcel.workbook.sheets[0].fillAt(r, c).color,
      [checksum.row! - 1, checksum.col!],
    );
    expect(fill).not.toBe("#FFFFFF");
    await page.screenshot({ path: join(SHOTS, "pane-excel-marked.png"), fullPage: true });

    await page.getByRole("button", { name: /^应用可修正项/ }).click();
    await page.getByRole("dialog").waitFor();
    await page.waitForTimeout(600); // let the dialog finish fading in before the picture
    await page.screenshot({ path: join(SHOTS, "pane-excel-confirm-fixes.png") });
    await page.getByRole("button", { name: "备份并修正" }).click();
    await page.getByText(/^已修正 \d+ 处$/).waitFor({ timeout: 30_000 });
    const sheets = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { workbook: { sheets: { name: string }[] } } }).__fakeExcel.workbook.sheets.map((s) => s.name),
    );
    const said = await page.getByText(/原表已备份为工作表「/).innerText();
    const backup = /「(.+)」/.exec(said)![1];
    expect(backup).not.toBe(sample.sheet);
    expect(sheets).toEqual(expect.arrayContaining([sample.sheet, backup]));
    expect(blocked).toEqual([OFFICE_CDN]);
    await page.context().close();
  }, 180_000);
});

describe("task pane on a file Excel keeps add-ins from working in", () => {
  it("says 请先另存为 .xlsx for an .xls workbook, and that the browser page reads .xls directly", async () => {
    const { page } = await loadPane('Office.context.document.url = "C:\\\\学校\\\\2025级学籍.xls";');
    const notice = page.getByText(/本工作簿是 \.xls 格式/);
    await notice.waitFor({ timeout: 20_000 });
    const text = await notice.innerText();
    expect(text).toContain("请先另存为 .xlsx");
    expect(text).toContain("网页版可直接读取 .xls");
    await page.context().close();
  }, 60_000);

  it("says 请先另存为 .xlsx for a workbook opened read-only", async () => {
    const { page } = await loadPane("Office.DocumentMode = { ReadOnly: 0, ReadWrite: 1 }; Office.context.document.mode = 0;");
    await page.getByText(/本工作簿以只读方式打开.*请先另存为 \.xlsx/).waitFor({ timeout: 20_000 });
    await page.context().close();
  }, 60_000);

  it("says nothing of the kind for an .xlsx open for editing", async () => {
    const { page } = await loadPane('Office.DocumentMode = { ReadOnly: 0, ReadWrite: 1 }; Office.context.document.mode = 1; Office.context.document.url = "C:\\\\学校\\\\学籍.xlsx";');
    await page.getByText("检查当前工作簿的学籍导入表").waitFor({ timeout: 20_000 });
    expect(await page.getByText("请先另存为 .xlsx").count()).toBe(0);
    await page.context().close();
  }, 60_000);
});

describe("task pane page before Excel answers", () => {
  it("waits for a slow Excel with 正在连接 Excel…, never showing the file picker, then opens the pane", async () => {
    // onReady answers only when the test says so
    const gate = "const ready = Office.onReady; let release; const gate = new Promise((r) => (release = r)); window.__releaseOffice = release; Office.onReady = () => gate.then(() => ready());";
    const { page } = await loadPane(gate);
    await page.getByText("正在连接 Excel…").first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(3500); // longer than the old 3 s after which the page became the browser page
    expect(await host(page)).toBe("connecting");
    expect(await page.getByTestId("file-input").count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, "pane-excel-connecting.png"), fullPage: true });
    await page.evaluate(() => (window as unknown as { __releaseOffice(): void }).__releaseOffice());
    await page.getByText("检查当前工作簿的学籍导入表").waitFor({ timeout: 20_000 });
    expect(await host(page)).toBe("excel");
    await page.context().close();
  }, 60_000);

  it("says Office.js did not load (CDN blocked), what to do, and links the browser page instead of offering the file picker", async () => {
    const { page, blocked } = await openGuardedPage(e2e.browser, e2e.server.origin, 320);
    await page.goto(`${e2e.server.origin}/taskpane.html`);
    await page.getByText("无法连接 Excel").waitFor({ timeout: 20_000 });
    expect(blocked).toEqual([OFFICE_CDN]);
    expect(await host(page)).toBe("unavailable");
    expect(await page.getByRole("alert").innerText()).toContain("Office.js 脚本没有加载");
    expect(await page.getByRole("link").getAttribute("href")).toBe(`${e2e.server.origin}/index.html`);
    expect(await page.getByTestId("file-input").count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it("opened in a plain browser tab (Office.js answers with no host) points to the browser page", async () => {
    const { page } = await loadPane("Office.onReady = () => Promise.resolve({ host: null, platform: null });");
    await page.getByText("此页面只能在 Excel 中使用").waitFor({ timeout: 20_000 });
    expect(await page.getByRole("link").getAttribute("href")).toBe(`${e2e.server.origin}/index.html`);
    expect(await page.getByTestId("file-input").count()).toBe(0);
    await page.context().close();
  }, 60_000);
});

describe("task pane page in a webview that cannot run the pane (IE11 / Trident)", () => {
  const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
  // what office.js offers in Office 2019 retail / Microsoft 365 builds that still use IE11
  const OFFICE_WITH_BROWSER_WINDOW = `window.__opened = []; window.Office = { onReady: function (done) { done({ host: "Excel" }); },
    context: { ui: { openBrowserWindow: function (url) { window.__opened.push(url); } },
      requirements: { isSetSupported: function (name) { return name === "OpenBrowserWindowApi"; } } } };`;

  it("with the modern bundle blocked, the ES5 check alone says what to do and opens the browser page through Office", async () => {
    const { page, blocked } = await openGuardedPage(e2e.browser, e2e.server.origin, 320, 900, IE11);
    const bundle: string[] = [];
    await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => (bundle.push(route.request().url()), route.abort("blockedbyclient")));
    await page.addInitScript({ content: OFFICE_WITH_BROWSER_WINDOW });
    await page.goto(`${e2e.server.origin}/taskpane.html`);
    const alert = page.locator("[data-webview=trident]");
    await alert.waitFor({ timeout: 20_000 });
    expect(bundle).toHaveLength(1);
    expect(blocked).toEqual([OFFICE_CDN]);
    const text = await alert.innerText();
    expect(text).toContain("Internet Explorer 11 内核");
    expect(text).toContain("可直接读取 .xls");
    expect(await alert.locator("input").inputValue()).toBe(`${e2e.server.origin}/index.html`);
    await page.screenshot({ path: join(SHOTS, "pane-old-webview.png"), fullPage: true });
    await page.getByRole("button", { name: "在浏览器中打开网页版" }).click();
    expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual([`${e2e.server.origin}/index.html`]);
    await page.context().close();
  }, 60_000);

  it("keeps the bundle from starting should it load at all, and offers the address to copy where Office cannot open a browser", async () => {
    const { page } = await openGuardedPage(e2e.browser, e2e.server.origin, 320, 900, IE11);
    await page.goto(`${e2e.server.origin}/taskpane.html`);
    await page.locator("[data-webview=trident]").waitFor({ timeout: 20_000 });
    await page.waitForLoadState("load");
    await page.waitForTimeout(1000);
    expect(await host(page)).toBeUndefined();
    expect(await page.getByText("正在连接 Excel…").count()).toBe(0);
    expect(await page.getByRole("button").count()).toBe(0);
    expect(await page.locator("[data-webview=trident] input").inputValue()).toBe(`${e2e.server.origin}/index.html`);
    await page.context().close();
  }, 60_000);
});

