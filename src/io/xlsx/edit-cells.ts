import { columnIndex } from "../../core/model/table";
import { xmlText } from "../xml-escape";
import { cellRef } from "./cell-ref";
import { attr } from "./sheet-ranges";

/**
 * The cells of one row with fixed values set, as strings: only the few rows that hold a fixed cell
 * come here, every other row is copied or renumbered as bytes (edit-sheet-xml.ts).
 */

/** A fixed cell: an inline string that keeps the style the cell had. */
export function textCell(p: string, ref: string, style: string | undefined, value: string): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlText(value)}</${p}t></${p}is></${p}c>`;
}

/** A row the sheet did not have, holding only fixed cells; `row` is its number after removals. */
export function newRowXml(p: string, row: number, cells: Map<number, string>): string {
  const sorted = [...cells.entries()].sort((a, b) => a[0] - b[0]);
  return `<${p}row r="${row}">${sorted.map(([col, v]) => textCell(p, cellRef(row, col), undefined, v)).join("")}</${p}row>`;
}

/**
 * A row's inner XML with the fixed cells set (replacing cells of those columns, or inserted in column
 * order), every cell reference then on row `moved`.
 */
export function editRowCells(inner: string, p: string, row: number, moved: number, edits: Map<number, string>): string {
  const cellRe = new RegExp(`<${p}c(?=[\\s>/])([^>]*?)(/>|>([\\s\\S]*?)</${p}c>)`, "g");
  const todo = [...edits.entries()].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let out = "";
  let last = 0;
  let prevCol = -1;
  const flushBefore = (col: number) => {
    for (; next < todo.length && todo[next][0] < col; next++) out += textCell(p, cellRef(row, todo[next][0]), undefined, todo[next][1]);
  };
  for (let m = cellRe.exec(inner); m; m = cellRe.exec(inner)) {
    const ref = attr(m[1], "r");
    const col = ref ? columnIndex(ref.replace(/\d+$/, "")) : prevCol + 1;
    prevCol = col;
    out += inner.slice(last, m.index);
    last = cellRe.lastIndex;
    flushBefore(col);
    if (next < todo.length && todo[next][0] === col) {
      out += textCell(p, ref ?? cellRef(row, col), attr(m[1], "s"), todo[next][1]);
      next++;
    } else out += m[0];
  }
  out += inner.slice(last);
  flushBefore(Number.MAX_SAFE_INTEGER);
  return moved === row ? out : out.replace(new RegExp(`(<${p}c(?=[\\s>/])[^>]*?\\sr=")(\\$?[A-Za-z]+)\\d+"`, "g"), `$1$2${moved}"`);
}
