import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { nationalContinuation } from "../core/templates/national-continuation";
import { xlsxOf } from "./county-files";
import { generateStudents } from "./students";
import { templateRows } from "./template-rows";

/** A full 71-column 学籍接续 sheet of `rows` consistent made-up students over grades 1–6, as Excel saves it. */
export function largeSheet(rows: number): { bytes: Uint8Array; columns: number } {
  const students = generateStudents({ count: rows, seed: 20000, schoolYear: 2025, grades: [1, 2, 3, 4, 5, 6] });
  const table = templateRows(nationalContinuation, students);
  return { bytes: xlsxOf({ sheet: "学生信息", rows: table }), columns: table[0].length };
}

/** `npm run build:cli && node lib/samples/large-sheet.js 20000` → .tmp/学生信息-20000行.xlsx (for trying the pane in Excel). */
if (require.main === module) {
  const rows = Number(process.argv[2] ?? 20000);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`行数应为正整数，得到 ${process.argv[2]}`);
  const dir = resolve(process.cwd(), ".tmp");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `学生信息-${rows}行.xlsx`);
  writeFileSync(path, largeSheet(rows).bytes);
  console.log(`已写出 ${path}`);
}
