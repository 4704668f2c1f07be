/**
 * Loaded into the page before the app (page.addInitScript) to stand in for Excel: Office.onReady
 * says "Excel" and Excel.run hands the real adapter (src/excel) the in-memory fake workbook, so the
 * task pane runs end to end — reading, marking, selecting, fixing — in plain Chromium.
 */
import type { RawCell } from "../../../src/core/model/table";
import { FakeContext, FakeSheet } from "../../../src/excel/fake-excel";

interface PaneFixture {
  sheet: string;
  rows: RawCell[][];
}

const w = window as unknown as Record<string, unknown> & { __XUEJI_SHEET__: PaneFixture };
const fixture = w.__XUEJI_SHEET__;
const ctx = new FakeContext([new FakeSheet(fixture.sheet, fixture.rows)]);
const settings = new Map<string, unknown>();

w.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  context: {
    platform: "PC",
    requirements: { isSetSupported: () => true },
    document: {
      settings: {
        get: (key: string) => settings.get(key) ?? null,
        set: (key: string, value: unknown) => void settings.set(key, value),
        saveAsync: (done: (r: { status: string }) => void) => done({ status: "succeeded" }),
      },
    },
  },
};
w.Excel = {
  // Excel.run(batch) or Excel.run(options, batch): the pane passes { delayForCellEdit: true }
  run: <T>(...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    const options = (args.length > 1 ? args[0] : {}) as { delayForCellEdit?: boolean };
    return ctx.run(options, batch);
  },
  createWorkbook: () => Promise.resolve(),
};
w.__fakeExcel = ctx;
