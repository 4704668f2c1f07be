import fc from "fast-check";
import { checkWorkbook } from "../core/engine/check-workbook";
import { workbookEdits } from "../core/engine/workbook-edits";
import type { RawCell } from "../core/model/table";
import { getProfile } from "../core/profiles";
import { makeResidentId } from "../core/validators/test-ids";
import { readWorkbook } from "./read-workbook";
import { REJECTED_SHEET } from "./report/report-sheets";
import { writeReport } from "./write-report";
import { writeUpload } from "./write-upload";
import { writeSimpleXlsx } from "./xlsx/write-simple-xlsx";

/**
 * The promise of the upload-ready file, for any table: every non-empty cell of the input is in the output
 * in its column, unchanged or fixed (with a fix reported at that cell), or its row is in the report's
 * rejected rows with a reason. Nothing is lost without a word.
 */

const profile = getProfile("national")!;
const ids = Array.from({ length: 12 }, (_, i) => makeResidentId({ birthDate: `2019030${1 + (i % 9)}`, sex: i % 2 ? "女" : "男", seq: 10 + i }));

const cell = {
  name: fc.constantFrom<RawCell>("张小明", " 李小红 ", "王·阿依", "NULL", "", "张3", "Zhang", null),
  sex: fc.constantFrom<RawCell>("男", "女", "1", "", "男性", " 女"),
  birth: fc.constantFrom<RawCell>("20190305", "2019-03-05", 43529, "2019/3/5", "abc", "", "20991231"),
  idType: fc.constantFrom<RawCell>("居民身份证", "护照", "", "身份证", "其他"),
  id: fc.oneof(
    fc.constantFrom(...ids),
    fc.constantFrom(...ids).map((s) => s.slice(0, 17) + (s[17] === "0" ? "1" : "0")),
    fc.constantFrom(...ids).map((s) => `'${s}`),
    fc.constantFrom(...ids).map((s) => `\t${s}`),
    fc.constantFrom<RawCell>("", "E1234567", "NULL"),
  ),
  phone: fc.constantFrom<RawCell>("13812345678", "+8613812345678", "138-1234-5678", "123", ""),
  note: fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null)),
};

const HEADER = ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码", "联系电话", "备注"];
const row = fc.tuple(cell.name, cell.sex, cell.birth, cell.idType, cell.id, cell.phone, cell.note);
const blank = (v: RawCell | undefined) => v === null || v === undefined || v === "";

describe("the upload-ready file keeps every cell or says why not", () => {
  it("holds for any table: kept in its column, fixed with a fix issue, or rejected with a reason", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (data) => {
        const source = writeSimpleXlsx([{ name: "新生", rows: [["2025年新生名单"], HEADER, ...data.map((r) => r.map((v) => v as RawCell))] }]);
        const tables = readWorkbook(source, "a.xlsx");
        const check = checkWorkbook(tables, { profile, today: "20251015" });
        const result = check.results[0];
        const upload = readWorkbook(writeUpload(source, tables, workbookEdits(check)).bytes, "b.xlsx")[0].rows;
        const rejected = new Map(result.rejected.map((r) => [r.sourceRow, r] as const));
        const fixed = new Set(result.issues.filter((i) => i.severity === "fix").map((i) => `${i.row}:${i.col}`));
        const input = tables[0].rows;
        let out = 0;
        input.forEach((cells, i) => {
          const sheetRow = i + 1;
          const r = rejected.get(sheetRow);
          if (r) {
            expect(r.codes.length).toBeGreaterThan(0);
            return;
          }
          const after = upload[out++] ?? [];
          (cells ?? []).forEach((v, col) => {
            if (blank(v) || after[col] === v) return;
            expect([sheetRow, col, fixed.has(`${sheetRow}:${col}`)]).toEqual([sheetRow, col, true]);
          });
        });
        expect(out).toBe(upload.length);
        // every rejected row is in the report, with its cells as found
        const report = readWorkbook(writeReport(check, { fileName: "a.xlsx" }), "r.xlsx").find((t) => t.sheet === REJECTED_SHEET)!;
        expect(report.rows.length - 1).toBe(result.rejected.length);
      }),
      { numRuns: 60 },
    );
  });
});
