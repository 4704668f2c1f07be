import * as XLSX from "@e965/xlsx";
import { checkWorkbook } from "../../core/engine/check-workbook";
import { workbookEdits } from "../../core/engine/workbook-edits";
import { getProfile } from "../../core/profiles";
import { readWorkbook } from "../../io/read-workbook";
import { applyEdits, blankAsNull, differencesBesidesEdits } from "../../io/test-compare-workbooks";
import { writeReport } from "../../io/write-report";
import { writeUpload } from "../../io/write-upload";
import { editBiff } from "../../io/xls/edit-biff";
import { REJECTED_SHEET } from "../../io/report/report-sheets";
import { LAYOUTS } from "./layouts";
import { writeFixture } from "./write-fixture";

const profile = getProfile("national")!;
const TODAY = "20251015";
const QUIRK_FIXES = new Set(["fix/apostrophe", "fix/null-word"]);

async function run(problems: boolean, i: number) {
  const { fixture, planted } = LAYOUTS[i](problems);
  const bytes = await writeFixture(fixture);
  const tables = readWorkbook(bytes, fixture.fileName);
  const check = checkWorkbook(tables, { profile, today: TODAY });
  const edits = workbookEdits(check);
  const upload = writeUpload(bytes, tables, edits);
  return { fixture, planted, bytes, tables, check, edits, upload };
}

const names = LAYOUTS.map((make, i) => [make(false).fixture.title, i] as const);

describe.each(names)("%s", (_title, i) => {
  it("is recognised sheet by sheet, and a file without problems has nothing wrong", async () => {
    const { fixture, check } = await run(false, i);
    expect(Object.fromEntries(check.results.map((r) => [r.sheet, r.template?.id]))).toEqual(fixture.templates);
    const others = fixture.sheets.map((s) => s.name).filter((n) => !(n in fixture.templates));
    expect(check.skipped.map((s) => s.sheet)).toEqual(others);
    const problems = check.results.flatMap((r) => r.issues).filter((x) => x.severity === "error" || (x.severity === "fix" && !QUIRK_FIXES.has(x.code)));
    expect(problems.map((x) => `${x.sheet}!${x.column}${x.row} ${x.code} ${x.value ?? ""}`)).toEqual([]);
    // every column we know nothing about is named once, never dropped
    const unknown = check.results.flatMap((r) => r.issues).filter((x) => x.code === "header/extra" || x.code === "header/similar");
    expect(unknown.map((x) => x.params?.header).sort()).toEqual([...fixture.unknownHeaders].sort());
  });

  it("comes out as the same file: format, sheet names and order, rows above the data, headers, every value", async () => {
    const { fixture, bytes, tables, edits, upload } = await run(false, i);
    expect(upload.extension).toBe(fixture.format === "xls" ? "xls" : "xlsx");
    expect(upload.converted).toBe(fixture.format === "text");
    if (fixture.format === "xlsx") expect(upload.bytes).toBe(bytes);
    const back = readWorkbook(upload.bytes, `out.${upload.extension}`);
    expect(back.map((t) => t.sheet)).toEqual(tables.map((t) => t.sheet));
    // only a text export's quirks ('0123…, NULL) are fixed in a file without problems
    expect(edits.every((e) => e.removeRows.length === 0)).toBe(true);
    expect(back.map((t) => blankAsNull(t.rows))).toEqual(applyEdits(tables, edits).map(blankAsNull));
    if (fixture.format === "xls") {
      const wb = XLSX.read(upload.bytes, { type: "array", cellStyles: true });
      for (const s of fixture.sheets) for (const r of s.hiddenRows ?? []) expect(wb.Sheets[s.name]["!rows"]?.[r - 1]?.hidden).toBe(true);
    }
  });

  it("with a fixable cell and a bad row: only that cell changes and only that row goes, into the report with its reason", async () => {
    const { fixture, planted, bytes, tables, check, edits, upload } = await run(true, i);
    const p = planted!;
    const e = edits.find((x) => x.sheet === p.sheet)!;
    expect(e.removeRows).toEqual([p.rejectedRow]);
    expect(e.cells).toContainEqual({ row: p.fixedRow, col: p.fixedCol, value: p.fixedValue });
    if (fixture.format !== "text") expect(e.cells).toHaveLength(1);
    const back = readWorkbook(upload.bytes, `out.${upload.extension}`);
    expect(back.map((t) => blankAsNull(t.rows))).toEqual(applyEdits(tables, edits).map(blankAsNull));
    if (fixture.format === "xlsx") expect(await differencesBesidesEdits(bytes, upload.bytes, edits)).toEqual([]);
    // an .xls is edited in place, record by record (its styles kept), not written anew
    if (fixture.format === "xls") expect(editBiff(bytes, edits)).not.toBeNull();
    const report = readWorkbook(writeReport(check, { fileName: fixture.fileName }), "r.xlsx").find((t) => t.sheet === REJECTED_SHEET)!;
    expect(report.rows).toHaveLength(2);
    expect(report.rows[1].some((v) => typeof v === "string" && v.includes("身份证"))).toBe(true);
  });

  it("keeps every value of the columns no template knows", async () => {
    const { fixture, tables, upload } = await run(true, i);
    const back = readWorkbook(upload.bytes, `out.${upload.extension}`);
    for (const h of fixture.unknownHeaders) {
      const sheet = fixture.sheets.find((s) => s.rows.some((r) => r.includes(h)))!;
      const headerAt = sheet.rows.findIndex((r) => r.includes(h));
      const col = sheet.rows[headerAt].indexOf(h);
      const t = tables.findIndex((x) => x.sheet === sheet.name);
      const before = tables[t].rows.map((r) => r[col] ?? null);
      const after = back[t].rows.map((r) => r[col] ?? null);
      // one row was rejected: every other value is there, in order
      const rejected = fixture.dataStart[sheet.name] + 2 - 1;
      expect(after).toEqual(before.filter((_, r) => r !== rejected));
    }
  });
});
