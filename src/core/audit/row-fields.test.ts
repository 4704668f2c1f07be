import { generateCounty } from "../../samples/county";
import { checkSheet } from "../engine/check-sheet";
import { getProfile } from "../profiles";
import { rowFieldsOf } from "./row-fields";

const profile = getProfile("national")!;
const school = generateCounty({ schools: 1, rowsPerSchool: 12, schoolYear: 2025 }).schools[0];
const header = school.rows[0] as string[];
const at = (h: string) => header.indexOf(h);

function checked(edit: (rows: (string | number | null)[][]) => void) {
  const rows = school.rows.map((r) => [...r]) as (string | number | null)[][];
  edit(rows);
  const result = checkSheet({ sheet: "学生信息", rows }, { profile, today: "20251015" });
  delete result.rowIndex;
  return result;
}

describe("rowFieldsOf, derived from the cleaned and rejected rows", () => {
  it("gives one entry per data row, in sheet order, with the row's normalised fields", () => {
    const result = checked(() => undefined);
    const entries = rowFieldsOf(result);
    expect(entries.map((e) => e.row)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    const first = school.rows[1];
    expect(entries[0]).toEqual({
      row: 2,
      idNumber: first[at("身份证件号")],
      name: first[at("姓名")],
      registerNumber: "",
      grade: first[at("年级")],
      className: first[at("班级号")],
      schoolCode: first[at("学校标识码")],
    });
  });

  it("keeps a rejected row's ID comparable: full-width digits, spaces and a lower-case x tidied", () => {
    const original = school.rows[3][at("身份证件号")] as string;
    const typed = ` ${original.slice(0, 6)} ${original.slice(6, 17).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}${original[17].toLowerCase()}`;
    const result = checked((rows) => {
      rows[3][at("身份证件号")] = typed;
      rows[3][at("性别")] = "未知"; // an error that rejects the row
    });
    expect(result.rejected.map((r) => r.sourceRow)).toEqual([4]);
    expect(rowFieldsOf(result).find((e) => e.row === 4)!.idNumber).toBe(original.toUpperCase());
  });

  it("leaves out an ID Excel stored as a number: its last digits are gone, it matches nothing", () => {
    const result = checked((rows) => {
      rows[5][at("身份证件号")] = Number(rows[5][at("身份证件号")]);
    });
    expect(result.rejected.map((r) => r.sourceRow)).toContain(6);
    expect(rowFieldsOf(result).find((e) => e.row === 6)!.idNumber).toBe("");
  });

  it("uses the engine's own index when it fills one", () => {
    const result = checked(() => undefined);
    result.rowIndex = [{ row: 2, idNumber: "X", name: "测试学生", registerNumber: "", grade: "", className: "", schoolCode: "" }];
    expect(rowFieldsOf(result)).toBe(result.rowIndex);
  });
});
