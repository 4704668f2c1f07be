import { graduation } from "../core/templates/graduation";
import type { SampleSheet } from "./planted";
import { generateStudents } from "./students";
import { SheetEditor, templateRows } from "./template-rows";

/** 毕业生导入-示例.xlsx: 40 sixth-graders; one is recorded as 结业, which primary school does not have. */
export function graduatesSample(): SampleSheet {
  const students = generateStudents({ count: 40, seed: 601, schoolYear: 2026, grades: [6] });
  const rows = templateRows(graduation, students);
  const sheet = new SheetEditor(rows, graduation, 2);
  sheet.set(7, "graduationResult", "结业");
  return {
    sheet: "毕业生信息",
    rows,
    planted: [{ what: "小学毕业生填了结业", row: 7, code: "row/graduation-incomplete", key: "graduationResult" }],
  };
}
