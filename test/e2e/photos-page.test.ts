import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { photoEntries, rosterRows } from "../../src/core/photos/test-photo-set";
import { writeZip } from "../../src/io/zip/write-zip";
import { sampleXlsx } from "../../src/samples/sample-files";
import { openGuardedPage } from "./browser";
import { useServedBrowser } from "./harness";
import { WORK } from "./sample-files";
import { SHOTS } from "./shots";

/**
 * The 照片 tab in a real browser: a class's photo zip (every problem planted once) and its roster picked,
 * checked in the page with nothing sent anywhere, the problems listed and the report downloaded.
 */
const e2e = useServedBrowser(() => mkdirSync(SHOTS, { recursive: true }));

describe("the 照片 tab", () => {
  it("checks a photo zip against a roster in the page and downloads the report", async () => {
    const zip = join(WORK, "照片.zip");
    const roster = join(WORK, "一年级名单.xlsx");
    writeFileSync(zip, writeZip(photoEntries.map((e) => ({ name: e.path, data: e.bytes }))));
    writeFileSync(roster, sampleXlsx({ sheet: "名单", rows: rosterRows(), planted: [] }));

    const { page, blocked } = await openGuardedPage(e2e.browser, e2e.server.origin, 1000);
    await page.goto(`${e2e.server.origin}/index.html`);
    await page.getByRole("tab", { name: "照片" }).click({ timeout: 20_000 });
    await page.getByTestId("photos-roster").setInputFiles([roster]);
    await page.getByTestId("photos-zip").setInputFiles([zip]);
    const summary = page.getByTestId("photos-summary");
    await summary.waitFor({ timeout: 20_000 });
    // 22 of the entries are photos; the other 3 are files that do not belong in the upload
    expect(await summary.innerText()).toContain("照片.zip：照片 22 张");
    expect(await summary.innerText()).toContain("缺少照片 2 人");
    expect(await summary.innerText()).toContain("不属于上传的文件 3 个");
    expect(await page.getByRole("table", { name: "照片问题" }).innerText()).toContain("60 KB");
    await page.screenshot({ path: join(SHOTS, "browser-photos.png"), fullPage: true });

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载检查报告" }).click();
    expect((await download).suggestedFilename()).toBe("照片检查报告.xlsx");
    expect(blocked).toEqual([]);
    await page.context().close();
  }, 120_000);
});
