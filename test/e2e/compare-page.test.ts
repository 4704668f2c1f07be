import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { generateRosterPair, registerRows } from "../../src/samples/rosters";
import { sampleXlsx } from "../../src/samples/sample-files";
import { openGuardedPage } from "./browser";
import { useServedBrowser } from "./harness";
import { WORK } from "./sample-files";
import { SHOTS } from "./shots";

/**
 * The 人籍核对 tab in a real browser: two register exports picked into its two zones, compared on the
 * page (dist/index.html) with nothing sent anywhere, the results shown and the workbook downloaded.
 */
const e2e = useServedBrowser(() => mkdirSync(SHOTS, { recursive: true }));

describe("the 人籍核对 tab", () => {
  it("compares two lists in the page and downloads the comparison workbook", async () => {
    const pair = generateRosterPair({ count: 480, schoolYear: 2025 });
    const before = join(WORK, "2025秋学籍.xlsx");
    const after = join(WORK, "2026秋学籍.xlsx");
    writeFileSync(before, sampleXlsx({ sheet: "学生信息", rows: registerRows(pair.before), planted: [] }));
    writeFileSync(after, sampleXlsx({ sheet: "学生信息", rows: registerRows(pair.after), planted: [] }));

    const { page, blocked } = await openGuardedPage(e2e.browser, e2e.server.origin, 1000);
    await page.goto(`${e2e.server.origin}/index.html`);
    await page.getByRole("tab", { name: "人籍核对" }).click({ timeout: 20_000 });
    await page.getByTestId("compare-before-input").setInputFiles([before]);
    await page.getByText(/2025秋学籍\.xlsx：480 名学生/).waitFor({ timeout: 20_000 });
    await page.getByTestId("compare-after-input").setInputFiles([after]);
    const status = page.getByRole("status");
    await status.waitFor({ timeout: 20_000 });
    expect(await status.innerText()).toContain(`其中控辍保学跟进 ${pair.planted.leavers.length} 人`);
    const followUps = await page.getByRole("table", { name: "控辍保学跟进：义务教育阶段、不在后表" }).innerText();
    for (const l of pair.planted.leavers) expect(followUps).toContain(l.name);
    await page.screenshot({ path: join(SHOTS, "browser-compare.png"), fullPage: true });

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载核对工作簿" }).click();
    expect((await download).suggestedFilename()).toBe("人籍核对结果.xlsx");
    // the browser page asks for nothing outside the local server
    expect(blocked).toEqual([]);
    await page.context().close();
  }, 120_000);
});
