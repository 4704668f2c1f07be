import * as XLSX from "@e965/xlsx";
import { addRowRecords } from "./biff-rows";
import { openBiff, readRecords, writeRecords, rec } from "./biff-records";
import { editBiff } from "./edit-biff";

function source(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet([["学生信息"], ["姓名", "性别", "备注"], ["测试甲", "男", "a"], ["测试乙", "女", "b"], ["测试丙", "男", "c"]]);
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }, { s: { r: 3, c: 2 }, e: { r: 4, c: 2 } }];
  XLSX.utils.book_append_sheet(wb, ws, "学生");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["填表说明"]]), "说明");
  const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer);
  return addRowRecords(bytes, wb.SheetNames, new Map([["学生", { rows: [{ row: 1, hidden: true }], cols: [0, 3] as [number, number] }]]));
}

const records = (b: Uint8Array) => readRecords(openBiff(b)!.stream);
const rows = (b: Uint8Array, sheet: string) => XLSX.utils.sheet_to_json(XLSX.read(b, { type: "array" }).Sheets[sheet], { header: 1 });

describe("editBiff: the .xls edited in place", () => {
  it("changes the fixed cell and removes the row; the other sheet, merges and the hidden row stay", () => {
    const out = editBiff(source(), [{ sheet: "学生", cells: [{ row: 5, col: 1, value: "女" }], removeRows: [3] }])!;
    expect(out).not.toBeNull();
    expect(rows(out, "学生")).toEqual([["学生信息"], ["姓名", "性别", "备注"], ["测试乙", "女", "b"], ["测试丙", "女", "c"]]);
    expect(rows(out, "说明")).toEqual([["填表说明"]]);
    const wb = XLSX.read(out, { type: "array", cellStyles: true });
    expect(wb.Sheets["学生"]["!rows"]?.[1]?.hidden).toBe(true);
    expect(wb.Sheets["学生"]["!merges"]).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }, { s: { r: 2, c: 2 }, e: { r: 3, c: 2 } }]);
  });

  it("keeps the fixed cell's own format index and writes every record it does not edit as it was", () => {
    const src = source();
    const out = editBiff(src, [{ sheet: "学生", cells: [{ row: 3, col: 0, value: "测试丁" }], removeRows: [] }])!;
    const before = records(src);
    const after = records(out);
    expect(after).toHaveLength(before.length);
    const changed = after.filter((r, i) => r.type !== before[i].type || Buffer.compare(Buffer.from(r.data), Buffer.from(before[i].data)) !== 0);
    // only the edited cell (the new name is as long as the old: no sheet offset moves)
    expect(changed.map((r) => r.type.toString(16))).toEqual(["204"]);
    const i = after.findIndex((r) => r.type === 0x204 && r.data[0] === 2 && r.data[2] === 0);
    expect(after[i].data.subarray(4, 6)).toEqual(before[i].data.subarray(4, 6));
  });

  it("splits a MULBLANK around a fixed cell, keeping each cell's format", () => {
    // a row written as one MULBLANK (cols 0–2) then made to hold a value in col 1
    const src = source();
    const recs = records(src);
    const at = recs.findIndex((r) => r.type === 0x204 && r.data[0] === 4);
    const d = new Uint8Array([4, 0, 0, 0, 15, 0, 16, 0, 17, 0, 2, 0]);
    const edited = [...recs.slice(0, at), rec(0x00be, d), ...recs.slice(at).filter((r) => !(r.type === 0x204 && r.data[0] === 4))];
    const file = openBiff(src)!;
    const { saveBiff } = jest.requireActual("./biff-records");
    const withMulblank: Uint8Array = saveBiff(file, writeRecords(edited));
    const out = editBiff(withMulblank, [{ sheet: "学生", cells: [{ row: 5, col: 1, value: "男" }], removeRows: [] }])!;
    const row5 = records(out).filter((r) => [0x201, 0x204, 0xbe].includes(r.type) && r.data[0] === 4);
    expect(row5.map((r) => [r.type.toString(16), r.data[2], r.data[4]])).toEqual([
      ["201", 0, 15],
      ["204", 1, 16],
      ["201", 2, 17],
    ]);
    expect(rows(out, "学生")[4]).toEqual([undefined, "男"]);
  });

  it("gives up (null) on a fixed cell that has no record, so the caller can write the file anew", () => {
    expect(editBiff(source(), [{ sheet: "学生", cells: [{ row: 5, col: 7, value: "x" }], removeRows: [] }])).toBeNull();
  });
});
