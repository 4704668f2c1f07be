import { applyFixes } from "./apply-fixes";
import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { fillNumbers } from "./fill-numbers";
import { markIssues } from "./marks";
import { readWorkbook } from "./read-sheet";
import { writeReportSheets } from "./report-sheets";
import { issueAt, resultFor, syntheticSheetCells } from "./test-results";

describe("between Office batches the pane's thread is handed back", () => {
  it("in every step, so the pane can repaint and Office does not restart it", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", syntheticSheetCells(3000, 20))], { payloadLimit: 200_000 });
    const context = asRequestContext(ctx);
    const issues = Array.from({ length: 3000 }, (_, i) => issueAt("学生信息", i + 2, 1 + (i % 3) * 2, i % 2 ? "error" : "fix", { fix: `值${i}` }));
    const layout = { templateId: "t", headerRow: 1, dataStartRow: 2, columns: [{ key: "registerNumber", header: "字段3", col: 2, letter: "C" }], extraColumns: [], missingKeys: [] };
    const numbers = Array.from({ length: 3000 }, (_, i) => ({ row: i + 2, key: "registerNumber", value: `G${i}`, scheme: "national" as const }));
    const result = resultFor("学生信息", issues, { layout, numbers });

    await readWorkbook(context, { budget: 200_000 });
    await markIssues(context, result, { rangeAreas: true });
    await markIssues(context, result, { rangeAreas: false });
    await writeReportSheets(context, result);
    await fillNumbers(context, result, { overwrite: true });
    await applyFixes(context, result);

    expect(ctx.stats.syncs).toBeGreaterThan(20);
    expect(ctx.stats.syncsWithoutYield).toBe(0);
  });
});
