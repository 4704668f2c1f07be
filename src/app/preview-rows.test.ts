import { runCheck } from "../worker/run-check";
import { newEntrantTable } from "../worker/test-tables";
import { previewRows } from "./preview-rows";

describe("previewRows", () => {
  const table = newEntrantTable(3);
  const check = runCheck([table], { profile: { id: "national" }, templateId: "auto", today: "20250901" }, () => undefined);
  const result = check.results[0];

  it("lists only rows with problems, in sheet order, with the name column first", () => {
    const p = previewRows(result, table);
    const problemRows = [...new Set(result.issues.filter((i) => i.row !== undefined).map((i) => i.row))].sort();
    expect(p.rows.map((r) => r.row)).toEqual(problemRows);
    expect(p.columns[0].header).toBe("姓名");
    expect(p.columns.map((c) => c.letter)).toContain("E");
  });

  it("marks the problem cell and keeps its raw value", () => {
    const p = previewRows(result, table);
    const idAt = p.columns.findIndex((c) => c.letter === "E");
    const bad = p.rows.find((r) => r.row === 5)!;
    expect(bad.cells[idAt].severity).toBe("error");
    expect(bad.cells[idAt].text).toBe(String(table.rows[4][4]));
    expect(bad.cells[idAt].note).toMatch(/校验/);
    expect(bad.cells[0].text).toBe("张小明");
  });

  it("caps the preview and counts all problem rows", () => {
    const p = previewRows(result, table, 1);
    expect(p.rows).toHaveLength(1);
    expect(p.problemRows).toBeGreaterThan(1);
  });
});
