import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { RawCell } from "../../core/model/table";
import { openZip } from "../zip/zip-archive";
import { entryText } from "../zip/inflate";
import { readWorkbook } from "../read-workbook";
import { editXlsx } from "./edit-xlsx";

/** A school's styled file: title, header, hidden code row, data with validations and merges, a notes sheet. */
async function styledSource(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学生信息");
  ws.addRow(["某某小学学生信息采集表"]);
  ws.mergeCells("A1:D1");
  ws.addRow(["姓名", "性别", "身份证件号", "备注"]);
  ws.addRow(["KD_F01", "KD_F02", "KD_F03", ""]);
  ws.getRow(3).hidden = true;
  for (let i = 0; i < 6; i++) ws.addRow([`测试${i}`, i % 2 ? "女" : "男", `11010520190304${String(100 + i)}X`, `备注${i}`]);
  ws.getCell("A2").font = { bold: true, color: { argb: "FFFF0000" } };
  ws.getCell("B6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getColumn(3).width = 24;
  ws.getColumn(3).numFmt = "@";
  for (let r = 4; r <= 9; r++) ws.getCell(`B${r}`).dataValidation = { type: "list", allowBlank: true, formulae: ['"男,女"'] };
  ws.mergeCells("D8:D9");
  const notes = wb.addWorksheet("填表说明");
  notes.addRow(["请勿修改表头"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("editXlsx", () => {
  it("gives back the very file when nothing is to change", async () => {
    const source = await styledSource();
    expect(editXlsx(source, [])).toBe(source);
    const out = editXlsx(source, [{ sheet: "学生信息", cells: [], removeRows: [] }]);
    expect(out).toBe(source);
  });

  it("changes only the fixed cells and the removed rows; styles, titles, hidden rows, validations and other sheets stay", async () => {
    const source = await styledSource();
    const out = editXlsx(source, [{ sheet: "学生信息", cells: [{ row: 4, col: 1, value: "男" }, { row: 7, col: 2, value: "110105201903041034" }], removeRows: [5] }]);
    const before = await load(source);
    const after = await load(out);
    const a = after.getWorksheet("学生信息")!;
    const b = before.getWorksheet("学生信息")!;
    expect(after.worksheets.map((w) => w.name)).toEqual(["学生信息", "填表说明"]);
    expect(a.getCell("A1").value).toBe("某某小学学生信息采集表");
    expect(a.getCell("A2").font).toEqual(b.getCell("A2").font);
    expect(a.getRow(3).hidden).toBe(true);
    expect(a.getColumn(3).width).toBe(24);
    // row 5 is gone: row 6 (with its fill) is now row 5
    expect(a.getCell("A5").value).toBe("测试2");
    expect(a.getCell("B5").fill).toEqual(b.getCell("B6").fill);
    expect(a.getCell("C6").value).toBe("110105201903041034");
    expect(a.getCell("C6").numFmt).toBe("@");
    expect(a.rowCount).toBe(b.rowCount - 1);
    expect(a.getCell("B8").dataValidation).toEqual(b.getCell("B9").dataValidation);
    expect(a.getCell("B9").dataValidation).toBeUndefined();
    expect(a.getCell("D8").isMerged && a.getCell("D7").isMerged).toBe(true);
    expect(a.getCell("D6").isMerged).toBe(false);
    // the untouched sheet's part is the same bytes
    const part = (bytes: Uint8Array) => entryText(openZip(bytes).get("xl/worksheets/sheet2.xml")!, { remaining: 1e9 });
    expect(part(out)).toBe(part(source));
  });

  it("reads back as the source's table with exactly the edits applied", async () => {
    const source = await styledSource();
    const edits = [{ sheet: "学生信息", cells: [{ row: 9, col: 0, value: "测试<&>" }], removeRows: [4, 6] }];
    const expected = readWorkbook(source, "a.xlsx")[0].rows.map((r) => [...r]);
    expected[8][0] = "测试<&>";
    const kept = expected.filter((_, i) => i !== 3 && i !== 5);
    expect(readWorkbook(editXlsx(source, edits), "b.xlsx")[0].rows).toEqual(kept);
  });

  it("refuses edits for a sheet the file does not have (a programming error, not a user's)", async () => {
    expect(() => editXlsx(new Uint8Array(0), [])).toThrow();
    const source = await styledSource();
    expect(() => editXlsx(source, [{ sheet: "没有", cells: [], removeRows: [3] }])).toThrow(/no sheet named/);
  });

  it("reads back as the source with the edits applied, on random sheets (property)", () => {
    const value = fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.integer(), fc.constantFrom(' r="A1"', "<&>", "张三"), fc.constant(null));
    const rows = fc.array(fc.array(value, { maxLength: 6 }), { minLength: 1, maxLength: 30 });
    const fix = fc.record({ row: fc.integer({ min: 1, max: 35 }), col: fc.integer({ min: 0, max: 7 }), value: fc.string({ minLength: 1, maxLength: 4 }) });
    fc.assert(
      fc.property(rows, fc.array(fix, { maxLength: 6 }), fc.uniqueArray(fc.integer({ min: 1, max: 35 }), { maxLength: 8 }), fc.boolean(), (aoa, fixes, removeRows, sst) => {
        const wb = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), "S");
        const source = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: sst }) as ArrayBuffer);
        const expected: RawCell[][] = readWorkbook(source, "a.xlsx")[0].rows.map((r) => [...r]);
        for (const f of fixes) {
          while (expected.length < f.row) expected.push([]);
          const r = expected[f.row - 1];
          while (r.length < f.col) r.push(null);
          r[f.col] = f.value;
        }
        const kept = expected.filter((_, i) => !removeRows.includes(i + 1));
        while (kept.length > 0 && kept[kept.length - 1].every((c) => c === null || c === "")) kept.pop();
        const out = editXlsx(source, [{ sheet: "S", cells: fixes, removeRows }]);
        expect(readWorkbook(out, "b.xlsx")[0].rows).toEqual(kept);
      }),
      { numRuns: 150 },
    );
  });
});
