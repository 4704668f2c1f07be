import ExcelJS from "exceljs";
import type { SheetEdits } from "../core/model/edits";
import type { RawCell, SheetTable } from "../core/model/table";

/**
 * Test helpers for "what comes in goes out, minus what is wrong": the tables a source should read back
 * as once the edits are applied, and a cell-by-cell comparison of two .xlsx files (values, styles,
 * formats, validations, merges, hidden rows, widths) that allows exactly the edits.
 */

/** An emptied cell reads back as no cell: "" and null are the same blank. */
export function blankAsNull(rows: readonly RawCell[][]): RawCell[][] {
  return rows.map((r) => r.map((v) => (v === "" ? null : v)));
}

/** The source's tables with the edits applied: fixed cells set, removed rows gone. */
export function applyEdits(tables: readonly SheetTable[], edits: readonly SheetEdits[]): RawCell[][][] {
  return tables.map((t) => {
    const e = edits.find((x) => x.sheet === t.sheet);
    const rows = t.rows.map((r) => [...(r ?? [])]);
    if (!e) return rows;
    const r0 = t.origin?.row ?? 0;
    const c0 = t.origin?.col ?? 0;
    for (const c of e.cells) {
      const row = rows[c.row - 1 - r0];
      while (row.length <= c.col - c0) row.push(null);
      row[c.col - c0] = c.value;
    }
    const removed = new Set(e.removeRows.map((r) => r - 1 - r0));
    return rows.filter((_, i) => !removed.has(i));
  });
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Every difference between `out` and `source` that the edits do not explain, as readable lines (none = equal). */
export async function differencesBesidesEdits(source: Uint8Array, out: Uint8Array, edits: readonly SheetEdits[]): Promise<string[]> {
  const [a, b] = await Promise.all([load(source), load(out)]);
  const diffs: string[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => `${w.name}:${w.state}`);
  if (names(a).join("|") !== names(b).join("|")) diffs.push(`sheets ${names(a)} → ${names(b)}`);
  for (const ws of a.worksheets) {
    const wo = b.getWorksheet(ws.name);
    if (!wo) continue;
    const e = edits.find((x) => x.sheet === ws.name);
    const removed = e?.removeRows ?? [];
    const target = (r: number) => r - removed.filter((x) => x < r).length;
    const edited = new Map((e?.cells ?? []).map((c) => [`${c.row}:${c.col + 1}`, c.value] as const));
    const where = (r: number, c: number) => `${ws.name}!R${r}C${c}`;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (removed.includes(r)) return;
      const ro = wo.getRow(target(r));
      if (!!row.hidden !== !!ro.hidden) diffs.push(`${ws.name} row ${r} hidden ${row.hidden} → ${ro.hidden}`);
      if (row.height !== ro.height) diffs.push(`${ws.name} row ${r} height ${row.height} → ${ro.height}`);
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const co = ro.getCell(c);
        const want = edited.has(`${r}:${c}`) ? edited.get(`${r}:${c}`) : cell.value;
        if (JSON.stringify(want ?? null) !== JSON.stringify(co.value ?? null)) diffs.push(`${where(r, c)} value ${JSON.stringify(want)} → ${JSON.stringify(co.value)}`);
        for (const k of ["numFmt", "font", "fill", "border", "alignment", "protection", "dataValidation"] as const) {
          if (JSON.stringify(cell[k] ?? null) !== JSON.stringify(co[k] ?? null)) diffs.push(`${where(r, c)} ${k} ${JSON.stringify(cell[k])} → ${JSON.stringify(co[k])}`);
        }
      });
    });
    const rowsLeft = ws.rowCount - removed.filter((r) => r <= ws.rowCount).length;
    if (wo.rowCount !== rowsLeft) diffs.push(`${ws.name} rowCount ${rowsLeft} expected, ${wo.rowCount} found`);
    for (let c = 1; c <= ws.columnCount; c++) {
      if (ws.getColumn(c).width !== wo.getColumn(c).width) diffs.push(`${ws.name} column ${c} width ${ws.getColumn(c).width} → ${wo.getColumn(c).width}`);
    }
    const merges = (w: ExcelJS.Worksheet) => [...((w.model as { merges?: string[] }).merges ?? [])].sort();
    const shifted = merges(ws).map((m) => m.replace(/\d+/g, (n) => String(target(Number(n)))));
    if (shifted.join() !== merges(wo).join()) diffs.push(`${ws.name} merges ${shifted} → ${merges(wo)}`);
  }
  return diffs;
}
