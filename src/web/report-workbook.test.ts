import * as XLSX from "@e965/xlsx";
import { runCheck } from "../worker/run-check";
import { newEntrantTable } from "../worker/test-tables";
import { buildReportWorkbook } from "./report-workbook";

describe("buildReportWorkbook", () => {
  const table = newEntrantTable(2);
  const check = runCheck([table], { profile: { id: "national" }, templateId: "auto", today: "20250901" }, () => undefined);
  const wb = XLSX.read(buildReportWorkbook(check, "新生.xlsx"), { type: "array" });

  it("has a summary, the issue list and class sizes", () => {
    expect(wb.SheetNames).toEqual(["汇总", "问题清单", "班额统计"]);
    const summary = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets["汇总"]);
    expect(summary[0]).toMatchObject({ 文件: "新生.xlsx", 工作表: "新生名单", 行数: 4, 错误: check.results[0].counts.errors });
  });

  it("lists every issue with its message, and keeps 18-digit IDs as text", () => {
    const ws = wb.Sheets["问题清单"];
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(ws);
    expect(rows).toHaveLength(check.results[0].issues.length);
    const checksum = rows.find((r) => r["问题代码"] === "id/checksum")!;
    expect(checksum["原值"]).toBe(table.rows[3][4]);
    expect(String(checksum["问题说明"])).toMatch(/校验/);
    const cellRef = Object.keys(ws).find((k) => ws[k]?.v === table.rows[3][4])!;
    expect(ws[cellRef].t).toBe("s");
  });
});
