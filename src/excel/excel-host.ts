/**
 * The WorkbookHost the task pane uses inside Excel. Each method is one user-visible step: it runs
 * in one Excel.run batch and any Office failure surfaces once, as an ExcelStepError naming the step.
 */
import type { WorkbookHost } from "../app/host";
import { applyFixes } from "./apply-fixes";
import { downloadBytes } from "../app/download";
import { exportWorkbook } from "./export-workbook";
import { fillNumbers } from "./fill-numbers";
import { DESKTOP_PAYLOAD_BUDGET, PAYLOAD_BUDGET } from "./payload";
import { clearMarks, markIssues } from "./marks";
import { readWorkbook } from "./read-sheet";
import { writeReportSheets } from "./report-sheets";
import { type ApiSupport, officeApiSupport } from "./requirements";
import { selectCell } from "./select-cell";
import { CLASS_SHEET, REPORT_SHEET } from "./sheet-names";
import { loadSetting, saveSetting } from "./settings";
import { atStep } from "./step-error";

export interface ExcelHostOptions {
  /** things the user should know that are not errors, e.g. "已在 BV 列新增「学籍号」列" */
  onNotice?: (message: string) => void;
  /** for tests: the features to assume instead of asking Office */
  support?: ApiSupport;
  /** for tests: instead of Excel.run */
  run?: <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
}

/**
 * A step started while the user is typing in a cell waits until they press Enter or Esc, instead of
 * failing (hosts that predate the option ignore it and fail; step-error then says what to do).
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  const support = (): ApiSupport => options.support ?? officeApiSupport();
  const runWith = options.run ?? (<T>(o: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(o, batch));
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => runWith(RUN_OPTIONS, batch);
  const notice = options.onNotice ?? (() => undefined);

  return {
    kind: "excel",
    capabilities: { markCells: true, writeSheets: true, fillNumbers: true, applyFixes: true, selectCell: true },

    readTables: (onProgress, signal) =>
      atStep("读取工作表", () => {
        const budget = support().web ? PAYLOAD_BUDGET : DESKTOP_PAYLOAD_BUDGET;
        return run((ctx) => readWorkbook(ctx, { onProgress, signal, budget }));
      }),

    selectCell: (sheet, row, col) => atStep("定位单元格", () => run((ctx) => selectCell(ctx, sheet, row, col))),

    markIssues: (result, onProgress) =>
      atStep("标记问题单元格", async (progress) => {
        await run((ctx) => markIssues(ctx, result, support(), onProgress, progress));
      }),

    clearMarks: () =>
      atStep("清除标记", async () => {
        await run((ctx) => clearMarks(ctx, support()));
      }),

    writeReportSheets: (result) =>
      atStep("写入校验报告", async (progress) => {
        const names = await run((ctx) => writeReportSheets(ctx, result, progress));
        const moved = [names.report, names.classes].filter((n) => n !== REPORT_SHEET && n !== CLASS_SHEET);
        if (moved.length > 0) {
          notice(`工作簿里已有同名的工作表（不是本助手生成的，未改动），报告写在：${moved.map((n) => `「${n}」`).join("、")}。`);
        }
      }),

    fillNumbers: (result, opts) =>
      atStep("填写学籍号", async (progress) => {
        const done = await run((ctx) => fillNumbers(ctx, result, opts, progress));
        for (const added of done.addedColumns) notice(`工作表「${result.sheet}」没有该列，已新增：${added}。`);
        if (done.kept > 0) notice(`${done.kept} 个单元格已有内容，未覆盖。`);
        return done.written;
      }),

    applyFixes: (result) =>
      atStep("应用修正", async (progress) => {
        const done = await run((ctx) => applyFixes(ctx, result, progress));
        if (done.backup === "values") {
          notice(`这个版本的 Excel 不能复制工作表，备份「${done.backupSheet}」只含原来的数值和数字格式（没有颜色、公式和合并单元格）。`);
        }
        return { backupSheet: done.backupSheet, applied: done.applied };
      }),

    exportWorkbook: (bytes, fileName) =>
      atStep("导出清洁工作簿", () =>
        exportWorkbook(bytes, fileName, support(), {
          createWorkbook: (base64) => Excel.createWorkbook(base64),
          download: downloadBytes,
        }),
      ),

    loadSetting: (key) => atStep("读取设置", async () => loadSetting(Office.context.document.settings, key)),

    saveSetting: (key, value) => atStep("保存设置", () => saveSetting(Office.context.document.settings, key, value)),
  };
}
