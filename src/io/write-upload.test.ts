import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook, getProfile, workbookEdits, type SheetTable } from "../core";
import { makeResidentId } from "../core/validators/test-ids";
import { readWorkbook } from "./read-workbook";
import { REJECTED_SHEET } from "./report/report-sheets";
import { writeReport } from "./write-report";
import { writeUpload } from "./write-upload";

const SAMPLES = join(__dirname, "..", "..", "assets", "samples");
const profile = getProfile("national")!;

/** The source's table with the edits applied by hand: what the upload-ready file must read back as. */
function expectedAfter(tables: SheetTable[], edits: ReturnType<typeof workbookEdits>): SheetTable["rows"][] {
  return tables.map((t) => {
    const e = edits.find((x) => x.sheet === t.sheet);
    const rows = t.rows.map((r) => [...r]);
    for (const c of e?.cells ?? []) rows[c.row - 1][c.col] = c.value;
    const removed = new Set(e?.removeRows ?? []);
    return rows.filter((_, i) => !removed.has(i + 1));
  });
}

describe("writeUpload", () => {
  it("gives back the sample workbook with its fixes and without its rejected rows — every other cell as it was", () => {
    const name = "新生导入-示例.xlsx";
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, name)));
    const tables = readWorkbook(bytes, name);
    const check = checkWorkbook(tables, { profile, today: "20250915" });
    const edits = workbookEdits(check);
    expect(edits[0].removeRows.length).toBeGreaterThan(0);
    expect(edits[0].cells.length).toBeGreaterThan(0);
    const out = writeUpload(bytes, tables, edits);
    expect(out).toMatchObject({ extension: "xlsx", converted: false });
    const back = readWorkbook(out.bytes, "out.xlsx");
    expect(back.map((t) => t.sheet)).toEqual(tables.map((t) => t.sheet));
    expect(back.map((t) => t.rows)).toEqual(expectedAfter(tables, edits));
    // checked again, the upload-ready file has no errors left on its rows
    const again = checkWorkbook(back, { profile, today: "20250915" });
    expect(again.results[0].rejected).toEqual([]);
  });

  it("turns a CSV (no workbook to edit) into an .xlsx of its cells as text, and says so", () => {
    const id = makeResidentId({ birthDate: "20190304", sex: "男", seq: 11 });
    const csv = `姓名,性别,出生日期,身份证件类型,身份证件号码\n测试甲,男,20190304,居民身份证,${id}\n测试乙,男,20190304,居民身份证,${id.slice(0, 17)}\n`;
    const bytes = new TextEncoder().encode(csv);
    const tables = readWorkbook(bytes, "名单.csv");
    const check = checkWorkbook(tables, { profile, today: "20250915" });
    const out = writeUpload(bytes, tables, workbookEdits(check));
    expect(out).toMatchObject({ extension: "xlsx", converted: true });
    const back = readWorkbook(out.bytes, "x.xlsx")[0];
    expect(back.rows[0]).toEqual(tables[0].rows[0]);
    expect(typeof back.rows[1][4]).toBe("string");
    expect(back.rows).toHaveLength(2);
  });

  it("puts the rejected rows, with reasons, in the report instead", () => {
    const name = "新生导入-示例.xlsx";
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, name)));
    const check = checkWorkbook(readWorkbook(bytes, name), { profile, today: "20250915" });
    const report = readWorkbook(writeReport(check, { fileName: name }), "r.xlsx");
    expect(report.map((t) => t.sheet)).toEqual(expect.arrayContaining(["汇总", REJECTED_SHEET, "问题清单", "班额统计"]));
    const rejected = report.find((t) => t.sheet === REJECTED_SHEET)!;
    expect(rejected.rows.length - 1).toBe(check.results[0].rejected.length);
    expect(String(rejected.rows[1][2])).not.toBe("");
  });
});

describe("progress while reading and writing", () => {
  const name = "新生导入-示例.xlsx";
  const bytes = new Uint8Array(readFileSync(join(SAMPLES, name)));

  it("reading an .xlsx reports rising progress that ends at its total, and the tables are the same as without", () => {
    const seen: [number, number][] = [];
    const tables = readWorkbook(bytes, name, (done, total) => seen.push([done, total]));
    expect(tables).toEqual(readWorkbook(bytes, name));
    expect(seen.length).toBeGreaterThan(2);
    const total = seen[0][1];
    expect(seen.every(([d, t], i) => t === total && (i === 0 || d >= seen[i - 1][0]))).toBe(true);
    expect(seen[seen.length - 1]).toEqual([total, total]);
  });

  it("reading a CSV reports once, when done", () => {
    const seen: [number, number][] = [];
    readWorkbook(readFileSync(join(SAMPLES, "新生名单-示例.csv")), "新生名单-示例.csv", (d, t) => seen.push([d, t]));
    expect(seen).toEqual([[1, 1]]);
  });

  it("writing the upload copy reports from nothing to its total, with the same bytes as without", () => {
    const tables = readWorkbook(bytes, name);
    const edits = workbookEdits(checkWorkbook(tables, { profile, today: "20250915" }));
    const seen: [number, number][] = [];
    const file = writeUpload(bytes, tables, edits, (d, t) => seen.push([d, t]));
    expect(file.bytes).toEqual(writeUpload(bytes, tables, edits).bytes);
    const total = seen[0][1];
    expect(seen[0]).toEqual([0, total]);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toEqual([total, total]);
  });
});
