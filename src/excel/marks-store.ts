/**
 * The record of original fills, kept in the hidden sheet "xueji_marks" inside the workbook, so
 * "clear marks" restores them even after the workbook is saved, closed and reopened (workbook
 * settings are smaller and easy to lose). One row per (sheet, original fill, packed addresses).
 */
import { packAddresses } from "./cell-runs";
import type { FillGroups } from "./fill-record";
import { readArea, usedAreas } from "./read-sheet";
import { findOwnSheet, freshOwnSheet } from "./own-sheets";
import { MARKS_SHEET } from "./sheet-names";
import { writeRows } from "./write-rows";
import { syncBatch } from "./yield";

export interface StoredFill {
  sheet: string;
  /** fill-key of the original fill */
  fill: string;
  /** comma-joined addresses, each list short enough for one getRanges call */
  addresses: string;
}

const HEADER = ["工作表", "原填充", "单元格（学籍导入助手用此表恢复标记前的底色，请勿修改）"];

export function recordsFor(sheet: string, groups: FillGroups): StoredFill[] {
  const out: StoredFill[] = [];
  for (const [fill, runs] of groups) for (const addresses of packAddresses(runs)) out.push({ sheet, fill, addresses });
  return out;
}

export async function loadMarkRecords(context: Excel.RequestContext): Promise<StoredFill[]> {
  const name = await findOwnSheet(context, MARKS_SHEET);
  if (!name) return [];
  const [area] = await usedAreas(context, [name]);
  if (!area) return [];
  // chunked like any read: a heavily marked workbook's record can pass the web's 5 MB cap
  const { rows } = await readArea(context, area);
  return rows
    .slice(1)
    .filter((row) => typeof row[0] === "string" && row[0] !== "" && typeof row[2] === "string" && row[2] !== "")
    .map((row) => ({ sheet: row[0] as string, fill: String(row[1] ?? ""), addresses: row[2] as string }));
}

/** Replace the stored records with `records` (deleting the sheet when none are left). */
export async function saveMarkRecords(context: Excel.RequestContext, records: readonly StoredFill[]): Promise<void> {
  if (records.length === 0) {
    const old = await findOwnSheet(context, MARKS_SHEET);
    if (old) {
      context.workbook.worksheets.getItem(old).delete();
      await syncBatch(context);
    }
    return;
  }
  const { sheet } = await freshOwnSheet(context, MARKS_SHEET);
  sheet.visibility = "Hidden";
  const rows = [HEADER, ...records.map((r) => [r.sheet, r.fill, r.addresses])];
  await writeRows(context, sheet, 0, 0, rows, { textColumns: [0, 1, 2] });
}
