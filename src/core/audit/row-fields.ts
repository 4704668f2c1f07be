import type { CheckResult, RowIndexEntry } from "../model/report";
import type { RawCell } from "../model/table";
import { cleanText } from "../normalise/text";

const FIELDS = ["idNumber", "name", "registerNumber", "grade", "className", "schoolCode"] as const;
type Field = (typeof FIELDS)[number];

/**
 * The audit's per-row fields of one checked sheet. The engine's `rowIndex` when it fills one; otherwise
 * the same fields taken from the cleaned rows (normalised) and the rejected rows (raw cells, cleaned of
 * spaces and full-width characters here). Register numbers the engine generated are not the file's own
 * and are left out, or every duplicate ID would be reported twice.
 */
export function rowFieldsOf(result: CheckResult): RowIndexEntry[] {
  if (result.rowIndex) return result.rowIndex;
  const out: RowIndexEntry[] = [];
  const generated = new Set(result.numbers.filter((n) => n.key === "registerNumber").map((n) => n.row));

  const slot = FIELDS.map((f) => result.cleaned.keys.indexOf(f));
  result.cleaned.rows.forEach((values, i) => {
    const row = result.cleaned.sourceRows[i];
    const at = (f: number) => (slot[f] < 0 ? "" : values[slot[f]] ?? "");
    out.push(entry(row, at, generated.has(row)));
  });

  const colOf = new Map<string, number>((result.layout?.columns ?? []).map((c) => [c.key, c.col]));
  const col = FIELDS.map((f) => colOf.get(f) ?? -1);
  for (const r of result.rejected) {
    const at = (f: number) => (col[f] < 0 ? "" : rawText(r.cells[col[f]], FIELDS[f]));
    out.push(entry(r.sourceRow, at, false));
  }
  out.sort((a, b) => a.row - b.row);
  return out;
}

function entry(row: number, at: (f: number) => string, numberGenerated: boolean): RowIndexEntry {
  return {
    row,
    idNumber: at(0).toUpperCase(),
    name: at(1),
    registerNumber: numberGenerated ? "" : at(2).toUpperCase(),
    grade: at(3),
    className: at(4),
    schoolCode: at(5),
  };
}

/**
 * A rejected row's cell as comparable text. An ID Excel stored as a number has lost its last digits:
 * it cannot be matched with anything, so it is left out rather than compared wrongly.
 */
function rawText(cell: RawCell | undefined, field: Field): string {
  if (cell === null || cell === undefined || typeof cell === "boolean") return "";
  if (typeof cell === "number") return field === "idNumber" || field === "registerNumber" ? "" : String(cell);
  const cleaned = cleanText(cell);
  const text = cleaned ? cleaned.value : cell;
  return field === "idNumber" || field === "registerNumber" ? text.replaceAll(" ", "") : text;
}
