import * as XLSX from "@e965/xlsx";
import { readWorkbook } from "../read-workbook";
import { editXls } from "./edit-xls";

/** A KD_F importer's .xls: title in A1, hidden code row above the captions, a second sheet. */
function kdXls(): Uint8Array {
  const rows = [["2025年学生信息"], ["KD_F01", "KD_F02", "KD_F03"], ["姓名", "性别", "身份证号"]];
  for (let i = 0; i < 5; i++) rows.push([`测试${i}`, "男", `11010520190304${100 + i}X`]);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws["!rows"] = [{}, { hidden: true }];
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Worksheet");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["说明"]]), "填表说明");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer);
}

describe("editXls", () => {
  it("writes an .xls again, with the fixed cell as text and the rejected row gone, everything else as it was", () => {
    const source = kdXls();
    const out = editXls(source, [{ sheet: "Worksheet", cells: [{ row: 5, col: 1, value: "女" }], removeRows: [6] }]);
    expect(Array.from(out.subarray(0, 4))).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const before = readWorkbook(source, "a.xls");
    const after = readWorkbook(out, "b.xls");
    expect(after.map((t) => t.sheet)).toEqual(["Worksheet", "填表说明"]);
    const expected = before[0].rows.map((r) => [...r]);
    expected[4][1] = "女";
    expected.splice(5, 1);
    expect(after[0].rows).toEqual(expected);
    expect(after[1].rows).toEqual(before[1].rows);
    const wb = XLSX.read(out, { type: "array" });
    expect(wb.Sheets.Worksheet["!merges"]).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }]);
  });
});
