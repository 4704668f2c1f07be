import { entryFor } from "../messages";
import { field } from "../templates/fields";
import type { Issue, Place } from "../model/issue";
import type { CheckResult, StudentRef } from "../model/report";
import type { SheetTable } from "../model/table";
import { countIssues } from "./counts";

type RefKey = "idNumber" | "registerNumber" | "auxNumber" | "certificateNumber" | "continuationId";
const REF_KEYS: readonly RefKey[] = ["idNumber", "registerNumber", "auxNumber", "certificateNumber", "continuationId"];
/** The two numbers with messages of their own; every other unique field says its header */
const OWN_CODE: Partial<Record<RefKey, string>> = { idNumber: "workbook/duplicate-id", registerNumber: "workbook/duplicate-regno" };

/**
 * The fields the catalogue marks unique in a file, as each row's StudentRef carries them: the same value on
 * two sheets of one workbook is one child registered twice (or one number given to two).
 */
const UNIQUE = REF_KEYS.filter((key) => field(key).unique === "file").map((key) => ({ key, code: OWN_CODE[key] ?? "workbook/duplicate-value" }));
const MAX_LISTED = 10;

/**
 * A workbook is one check: class teachers fill one sheet per class, and the same child on two sheets
 * is a duplicate register like two rows of one sheet. Each occurrence gets the error, pointing at the
 * others, and its row moves from the upload-ready rows to the rejected ones.
 */
export function markCrossSheetDuplicates(results: CheckResult[], tables: readonly SheetTable[]): void {
  const withStudents = results.filter((r) => r.template && r.students);
  if (withStudents.length < 2) return;
  const reject = new Map<CheckResult, Map<number, string>>();
  for (const { key, code } of UNIQUE) {
    const groups = new Map<string, { result: CheckResult; ref: StudentRef }[]>();
    for (const result of withStudents) {
      for (const ref of result.students!) {
        const v = ref[key];
        if (!v) continue;
        let g = groups.get(v);
        if (!g) groups.set(v, (g = []));
        g.push({ result, ref });
      }
    }
    for (const [value, group] of groups) {
      if (new Set(group.map((g) => g.result)).size < 2) continue;
      const places: Place[] = group.map((g) => ({ sheet: g.result.sheet, row: g.ref.row }));
      const listed = places.slice(0, MAX_LISTED).map((p) => `「${p.sheet}」第 ${p.row} 行`).join("、") + (places.length > MAX_LISTED ? " 等" : "");
      for (const { result, ref } of group) {
        const col = result.layout?.columns.find((c) => c.key === key);
        const entry = entryFor(code);
        const issue: Issue = {
          code,
          severity: entry.severity,
          sheet: result.sheet,
          row: ref.row,
          ...(col ? { col: col.col, column: col.letter, header: col.header } : {}),
          key,
          value,
          params: { value, count: group.length, places: listed, header: col?.header ?? field(key).header },
          related: places.filter((p) => p.sheet !== result.sheet || p.row !== ref.row),
          source: entry.source,
        };
        result.issues.push(issue);
        let rows = reject.get(result);
        if (!rows) reject.set(result, (rows = new Map()));
        rows.set(ref.row, code);
      }
    }
  }
  for (const [result, rows] of reject) {
    moveToRejected(result, rows, tables.find((t) => t.sheet === result.sheet));
    result.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    result.counts = countIssues(result.issues, result.classes);
  }
}

function moveToRejected(result: CheckResult, rows: Map<number, string>, table: SheetTable | undefined): void {
  const { cleaned } = result;
  const width = cleaned.keys.length;
  const keptRows: number[] = [];
  const keptCells: string[] = [];
  cleaned.sourceRows.forEach((row, i) => {
    const code = rows.get(row);
    if (code === undefined) {
      keptRows.push(row);
      for (let k = 0; k < width; k++) keptCells.push(cleaned.cells[i * width + k]);
      return;
    }
    const r0 = table?.origin?.row ?? 0;
    result.rejected.push({ sourceRow: row, cells: [...(table?.rows[row - 1 - r0] ?? [])], codes: [code] });
  });
  for (const r of result.rejected) {
    const code = rows.get(r.sourceRow);
    if (code && !r.codes.includes(code)) r.codes.push(code);
  }
  result.rejected.sort((a, b) => a.sourceRow - b.sourceRow);
  cleaned.sourceRows = keptRows;
  cleaned.cells = keptCells;
}
