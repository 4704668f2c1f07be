import { groupDuplicates } from "../rules/table/group-duplicates";
import type { AuditFile, CrossDuplicate, DuplicateKind, Occurrence } from "./types";

/** One indexed row: which row of which sheet of which file. Kept small — the index holds one per row. */
interface Place {
  file: AuditFile;
  sheet: number;
  row: number;
}

/**
 * A number Excel stored as a number reaches the engine as its display, "1.10105E+17": its last digits are
 * gone, so it says nothing about which child it was and is never compared (the file's own check reports it).
 */
const EXCEL_DISPLAY = /^\d(?:\.\d+)?E\+?\d+$/i;

/**
 * Values (ID numbers, register numbers) found on rows of more than one sheet or file. The keys are the
 * full normalised strings — never numbers: Excel's COUNTIF compares 18-digit IDs as 15-significant-digit
 * numbers and calls different children duplicates. A value repeated only inside one sheet is the engine's
 * single-sheet finding (table/duplicate-id) and is not repeated here.
 */
export function crossDuplicates(files: readonly AuditFile[], kind: DuplicateKind): CrossDuplicate[] {
  const keyOf = (p: Place) => {
    const v = p.file.sheets[p.sheet].rows[p.row][kind];
    return v === "" || EXCEL_DISPLAY.test(v) ? null : v.toUpperCase();
  };
  const out: CrossDuplicate[] = [];
  for (const group of groupDuplicates(places(files), keyOf)) {
    const first = group[0];
    if (group.every((p) => p.file === first.file && p.sheet === first.sheet)) continue;
    const occurrences = group.map(occurrenceOf);
    const schools = new Set(occurrences.map((o) => o.school));
    out.push({
      kind,
      value: keyOf(first)!,
      scope: schools.size > 1 ? "cross-school" : "same-school",
      occurrences,
    });
  }
  return out;
}

function* places(files: readonly AuditFile[]): Generator<Place> {
  for (const file of files) {
    for (let sheet = 0; sheet < file.sheets.length; sheet++) {
      const n = file.sheets[sheet].rows.length;
      for (let row = 0; row < n; row++) yield { file, sheet, row };
    }
  }
}

function occurrenceOf(p: Place): Occurrence {
  const s = p.file.sheets[p.sheet];
  const r = s.rows[p.row];
  return {
    file: p.file.path,
    sheet: s.sheet,
    row: r.row,
    school: p.file.school,
    grade: r.grade,
    className: r.className,
    name: r.name,
  };
}
