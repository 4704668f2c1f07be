import type { SheetEdits } from "../../core/model/edits";
import type { SheetTable } from "../../core/model/table";
import type { SimpleCell } from "./simple-sheet";
import { writeSimpleXlsx } from "./write-simple-xlsx";

/**
 * An .xlsx of tables that have no workbook to edit (text or HTML exports named .xls, the pane's cells
 * from Excel): every cell as read — text stays text, so "0571…" and "…002X" survive — with the same
 * edits the .xlsx editor applies.
 */
export function writeTablesXlsx(tables: readonly SheetTable[], edits: readonly SheetEdits[]): Uint8Array {
  const bySheet = new Map(edits.map((e) => [e.sheet, e] as const));
  return writeSimpleXlsx(
    tables.map((t) => {
      const e = bySheet.get(t.sheet);
      const r0 = t.origin?.row ?? 0;
      const c0 = t.origin?.col ?? 0;
      const rows: SimpleCell[][] = [];
      // the sheet as positioned in Excel: rows[i] is sheet row r0 + i + 1
      for (let i = 0; i < r0; i++) rows.push([]);
      for (const row of t.rows) rows.push([...new Array<SimpleCell>(c0).fill(null), ...(row ?? [])]);
      for (const c of e?.cells ?? []) {
        const row = (rows[c.row - 1] ??= []);
        while (row.length < c.col) row.push(null);
        row[c.col] = c.value;
      }
      const removed = new Set(e?.removeRows ?? []);
      const hidden = new Set(t.hiddenRows ?? []);
      const kept: SimpleCell[][] = [];
      const keptHidden: number[] = [];
      rows.forEach((row, i) => {
        if (removed.has(i + 1)) return;
        kept.push(row);
        if (hidden.has(i + 1)) keptHidden.push(kept.length);
      });
      return { name: t.sheet, rows: kept, hiddenRows: keptHidden, state: t.state };
    }),
  );
}
