import { newEntrant } from "../core/templates/new-entrant";
import { wrongCheckChar, type PlantedMistake, type SampleSheet } from "./planted";
import { generateStudents } from "./students";
import { SheetEditor, templateRows } from "./template-rows";

/** 新生名单-示例.csv: the 5-column 学前调档 list of 30 entrants (written GBK-encoded, as Excel saves CSV on Chinese Windows). */
export function entrantListSample(): SampleSheet {
  const students = generateStudents({ count: 30, seed: 3001, schoolYear: 2026, grades: [1] });
  const rows = templateRows(newEntrant, students);
  const sheet = new SheetEditor(rows, newEntrant, 2);
  const planted: PlantedMistake[] = [];
  const id = (row: number) => String(sheet.get(row, "idNumber"));

  sheet.set(4, "idNumber", wrongCheckChar(id(4)));
  planted.push({ what: "身份证件号校验位错误", row: 4, code: "id/checksum", key: "idNumber" });

  for (const key of ["name", "sex", "birthDate", "idNumber"]) sheet.set(9, key, sheet.get(8, key));
  planted.push({ what: "身份证件号重复", row: 9, code: "table/duplicate-id", key: "idNumber" });

  sheet.set(12, "sex", sheet.get(12, "sex") === "男" ? "女" : "男");
  planted.push({ what: "性别与身份证件号不符", row: 12, code: "id/sex-mismatch", key: "idNumber" });

  return { sheet: "新生名单", rows, planted };
}
