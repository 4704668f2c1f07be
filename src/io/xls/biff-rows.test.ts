import * as XLSX from "@e965/xlsx";
import { addRowRecords } from "./biff-rows";
import { editXls } from "./edit-xls";

function twoSheets(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["KD_F02", "KD_F03"], ["姓名", "性别"], ["测试甲", "男"], ["测试乙", "女"]]), "学生");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["填表说明"], ["请勿修改表头"]]), "说明");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer);
}

const read = (b: Uint8Array) => XLSX.read(b, { type: "array", cellStyles: true });

describe("ROW records in BIFF8", () => {
  it("hides a row and keeps a row height, and every sheet still opens where it starts", () => {
    const out = addRowRecords(twoSheets(), ["学生", "说明"], new Map([["学生", { rows: [{ row: 0, hidden: true }, { row: 1, hidden: false, heightPt: 30 }], cols: [0, 2] as [number, number] }]]));
    const wb = read(out);
    expect(wb.Sheets["学生"]["!rows"]?.[0]?.hidden).toBe(true);
    expect(wb.Sheets["学生"]["!rows"]?.[1]?.hpt).toBe(30);
    expect(XLSX.utils.sheet_to_json(wb.Sheets["说明"], { header: 1 })).toEqual([["填表说明"], ["请勿修改表头"]]);
  });

  it("lets the .xls editor keep a hidden code row hidden while it removes rows below it", () => {
    const source = addRowRecords(twoSheets(), ["学生", "说明"], new Map([["学生", { rows: [{ row: 0, hidden: true }], cols: [0, 2] as [number, number] }]]));
    const out = read(editXls(source, [{ sheet: "学生", cells: [{ row: 4, col: 1, value: "男" }], removeRows: [3] }]));
    expect(out.Sheets["学生"]["!rows"]?.[0]?.hidden).toBe(true);
    expect(XLSX.utils.sheet_to_json(out.Sheets["学生"], { header: 1 })).toEqual([["KD_F02", "KD_F03"], ["姓名", "性别"], ["测试乙", "男"]]);
    expect(out.SheetNames).toEqual(["学生", "说明"]);
  });
});
