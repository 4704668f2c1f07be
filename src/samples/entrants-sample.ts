import { nationalContinuation } from "../core/templates/national-continuation";
import { makeResidentId } from "../core/validators/test-ids";
import { slashDate, fullWidthDigits, wrongCheckChar, type PlantedMistake, type SampleSheet } from "./planted";
import { generateStudents } from "./students";
import { SheetEditor, templateRows } from "./template-rows";

export const ENTRANTS_SCHOOL_YEAR = 2026;
/** "today" the sample's planted problems assume (age and future-date checks) */
export const SAMPLE_TODAY = "20260915";

/**
 * 新生导入-示例.xlsx: 120 grade-1 entrants in the 学籍接续 template, three classes (58, 31, 31), with the
 * mistakes registrars really make, one per row, so a test can find each one by code and row.
 */
export function entrantsSample(): SampleSheet {
  const students = generateStudents({ count: 120, seed: 1201, schoolYear: ENTRANTS_SCHOOL_YEAR, grades: [1] });
  students.forEach((s, i) => (s.className = i < 58 ? "1班" : i < 89 ? "2班" : "3班"));
  const rows = templateRows(nationalContinuation, students);
  const sheet = new SheetEditor(rows, nationalContinuation, 2);
  const planted: PlantedMistake[] = [];
  const plant = (what: string, row: number, code: string, key?: string) => planted.push({ what, row, code, key });
  const id = (row: number) => String(sheet.get(row, "idNumber"));
  const endsWithX = (row: number) => id(row).endsWith("X");
  const firstRow = (from: number, ok: (row: number) => boolean) => {
    for (let r = from; r < rows.length; r++) if (ok(r)) return r;
    throw new Error("no row fits");
  };

  sheet.set(5, "idNumber", wrongCheckChar(id(5)));
  plant("身份证件号校验位错误", 5, "id/checksum", "idNumber");

  const asNumber = firstRow(8, (r) => !endsWithX(r));
  sheet.set(asNumber, "idNumber", Number(id(asNumber)));
  plant("身份证件号被存成数字", asNumber, "id/stored-as-number", "idNumber");

  const lowerX = firstRow(11, endsWithX);
  sheet.set(lowerX, "idNumber", id(lowerX).toLowerCase());
  plant("身份证件号末位小写 x", lowerX, "fix/x-uppercase", "idNumber");

  const birth = String(sheet.get(14, "birthDate"));
  const day = Number(birth.slice(6, 8));
  sheet.set(14, "birthDate", birth.slice(0, 6) + String(day < 28 ? day + 1 : day - 1).padStart(2, "0"));
  // the engine reports the disagreement on the ID cell
  plant("出生日期与身份证件号不符", 14, "id/birthdate-mismatch", "idNumber");

  sheet.set(17, "birthDate", slashDate(String(sheet.get(17, "birthDate"))));
  plant("出生日期写成 2018/9/1", 17, "fix/date-format", "birthDate");

  sheet.set(20, "ethnicity", "01");
  plant("民族填了代码 01", 20, "fix/code-name", "ethnicity");

  sheet.set(23, "ethnicity", "毛难族");
  plant("民族用旧名 毛难族", 23, "fix/code-name", "ethnicity");

  sheet.set(26, "phone", fullWidthDigits(String(sheet.get(26, "phone"))));
  plant("联系电话是全角数字", 26, "fix/fullwidth", "phone");

  const name = String(sheet.get(29, "name"));
  sheet.set(29, "name", `${name.slice(0, 1)}A${name.slice(1)}`);
  plant("姓名里有英文字母", 29, "cell/name-latin", "name");

  // the same child entered twice
  for (const key of ["name", "sex", "birthDate", "idNumber"]) sheet.set(38, key, sheet.get(37, key));
  plant("身份证件号重复", 38, "table/duplicate-id", "idNumber");

  plant("一个班 58 人", 2, "class/over-cap");

  // born after the 08-31 cut-off: five when school starts
  const young = `${ENTRANTS_SCHOOL_YEAR - 6}1015`;
  const sex = String(sheet.get(44, "sex")) as "男" | "女";
  sheet.set(44, "birthDate", young);
  sheet.set(44, "idNumber", makeResidentId({ region: id(44).slice(0, 6), birthDate: young, sex, seq: 901 }));
  plant("未到入学年龄", 44, "row/entry-age-young", "birthDate");

  sheet.set(50, "currentAddress", "");
  plant("必填的现住址没填", 50, "cell/required", "currentAddress");

  return { sheet: "学生信息", rows, planted };
}
