import type { Worksheet } from "exceljs";

/** Excel forbids these in sheet names and caps them at 31 characters. */
export function safeSheetName(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31);
  return clean && !taken.has(clean) ? clean : fallback;
}

/** Columns wide enough for their header and first values; CJK characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}

const SAMPLE_ROWS = 300;
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

export function fitColumns(ws: Worksheet, headers: readonly string[], rows: readonly (readonly unknown[])[]): void {
  const sample = rows.length > SAMPLE_ROWS ? rows.slice(0, SAMPLE_ROWS) : rows;
  headers.forEach((h, c) => {
    let w = displayWidth(h);
    for (const r of sample) {
      const v = r[c];
      if (v !== null && v !== undefined && v !== "") w = Math.max(w, displayWidth(String(v).split("\n")[0]));
    }
    ws.getColumn(c + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
}

/** A header row in bold, frozen, with a filter, above rows the caller adds. */
export function startSheet(ws: Worksheet, headers: readonly string[], frozenColumns = 0): void {
  const header = ws.addRow(headers as string[]);
  header.font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: frozenColumns }];
  if (headers.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
}
