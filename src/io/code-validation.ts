import type { DataValidation, Workbook, Worksheet } from "exceljs";
import { columnLetter } from "../core/model/table";
import type { TemplateColumn } from "../core/model/template";
import type { CodeLists } from "../core/rules/types";

export const CODE_SHEET = "代码表";
/** Excel's limit for a list typed into the validation itself, quotes included. */
const INLINE_LIMIT = 255;
/** Longer lists (民族, 国籍/地区) are easier to read and check on a sheet than inside a validation. */
const INLINE_MAX_ENTRIES = 20;

/**
 * Drop-down lists on coded columns, so a registrar who edits the cleaned file picks valid names.
 * Short lists are written into the validation; long ones (民族 has 56+) go to a hidden 代码表 sheet.
 */
export function addCodeValidations(
  wb: Workbook,
  ws: Worksheet,
  columns: readonly TemplateColumn[],
  codeLists: CodeLists,
  lastRow: number,
): void {
  let codeSheet: Worksheet | undefined;
  const listColumn = new Map<string, string>();
  columns.forEach((column, c) => {
    if (!column.codeList) return;
    const names = codeLists.get(column.codeList)?.entries.map((e) => e.name) ?? [];
    if (names.length === 0) return;
    let formula: string;
    const inline = `"${names.join(",")}"`;
    if (names.length <= INLINE_MAX_ENTRIES && inline.length <= INLINE_LIMIT && !names.some((n) => n.includes(",") || n.includes('"'))) {
      formula = inline;
    } else {
      codeSheet ??= createCodeSheet(wb);
      let letter = listColumn.get(column.codeList);
      if (!letter) {
        letter = columnLetter(listColumn.size);
        listColumn.set(column.codeList, letter);
        writeList(codeSheet, listColumn.size, codeLists.get(column.codeList)!.name, names);
      }
      formula = `'${CODE_SHEET}'!$${letter}$2:$${letter}$${names.length + 1}`;
    }
    const letter = columnLetter(c);
    rangeValidations(ws).add(`${letter}2:${letter}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "不在代码表中",
      error: `「${column.header}」请从下拉列表中选择。`,
    });
  });
}

/** ExcelJS 4.4 has range validations at run time, but its type declarations omit them. */
function rangeValidations(ws: Worksheet): { add(range: string, validation: DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations;
}

function createCodeSheet(wb: Workbook): Worksheet {
  const ws = wb.addWorksheet(CODE_SHEET);
  ws.state = "hidden";
  return ws;
}

function writeList(ws: Worksheet, col: number, title: string, names: readonly string[]): void {
  ws.getCell(1, col).value = title;
  names.forEach((name, i) => (ws.getCell(i + 2, col).value = name));
  ws.getColumn(col).width = 16;
}
