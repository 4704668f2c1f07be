import { detectLayout } from "../layout/detect";
import type { RawCell, SheetTable } from "../model/table";
import { catalogue } from "../templates/catalogue";
import { templates } from "../templates";
import { normaliseIdText } from "./photo-name";
import type { RosterStudent } from "./types";

export type RosterRead = { ok: true; students: RosterStudent[] } | { ok: false; message: string };

/** The roster's fields the photo check uses */
const KEYS = ["idNumber", "name", "grade", "className"] as const;

function cellText(v: RawCell | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(v) : String(v).trim();
}

/**
 * The students of a roster in any layout the engine knows: an import template, or any sheet whose header
 * names two known fields (a bare 姓名 + 身份证件号 list counts — the catalogue of every field serves as the
 * template). Sheets with no ID column (code lists, notes) are passed over; a file with none is refused.
 */
export function readRoster(tables: readonly SheetTable[], fileName: string): RosterRead {
  const students: RosterStudent[] = [];
  let withIds = 0;
  for (const table of tables) {
    const found = detectLayout(table, [...templates, catalogue]);
    if (!found.ok) continue;
    const at = new Map(found.layout.columns.map((c) => [c.key, c.col - (table.origin?.col ?? 0)]));
    if (!at.has("idNumber")) continue;
    withIds++;
    const rowOrigin = table.origin?.row ?? 0;
    for (let i = found.layout.dataStartRow - 1 - rowOrigin; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (!row) continue;
      const [id, name, grade, className] = KEYS.map((k) => (at.has(k) ? cellText(row[at.get(k)!]) : ""));
      // a blank row, or a note under the list, is no student
      if (!id && !name) continue;
      students.push({ id: normaliseIdText(id), name, grade, className, sheet: table.sheet, row: rowOrigin + i + 1 });
    }
  }
  if (withIds === 0) {
    return {
      ok: false,
      message: `名单「${fileName}」中找不到身份证件号列，无法与照片对应。请确认选对了名单文件，表头行应有“身份证件号”（或“身份证号”）和“姓名”两列。`,
    };
  }
  return { ok: true, students };
}
