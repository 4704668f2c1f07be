import { columnLetter, issueText, type CheckResult, type Severity, type SheetTable } from "../core";

export interface PreviewColumn {
  col: number;
  letter: string;
  header: string;
}

export interface PreviewCell {
  text: string;
  severity?: Severity;
  /** the cell's issues' messages, for a tooltip */
  note?: string;
}

export interface Preview {
  columns: PreviewColumn[];
  rows: { row: number; cells: PreviewCell[] }[];
  /** how many rows have problems in all (the preview shows at most `limit`) */
  problemRows: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, fix: 2 };

/**
 * The first rows with problems, with only the columns that have problems in them (plus the name, so
 * the registrar knows whose row it is). A 73-column row would not fit on any screen.
 */
export function previewRows(result: CheckResult, table: SheetTable | undefined, limit = 50): Preview {
  const byRow = new Map<number, Map<number, { severity: Severity; notes: string[] }>>();
  for (const issue of result.issues) {
    if (issue.row === undefined) continue;
    let cells = byRow.get(issue.row);
    if (!cells) byRow.set(issue.row, (cells = new Map()));
    if (issue.col === undefined) continue;
    const prev = cells.get(issue.col);
    if (!prev) cells.set(issue.col, { severity: issue.severity, notes: [issueText(issue)] });
    else {
      if (RANK[issue.severity] < RANK[prev.severity]) prev.severity = issue.severity;
      prev.notes.push(issueText(issue));
    }
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b).slice(0, limit);
  const headers = new Map<number, string>();
  for (const m of result.layout?.columns ?? []) headers.set(m.col, m.header);
  for (const m of result.layout?.extraColumns ?? []) headers.set(m.col, m.header);

  const cols = new Set<number>();
  const nameCol = result.layout?.columns.find((m) => m.key === "name")?.col;
  for (const r of rows) for (const c of byRow.get(r)!.keys()) cols.add(c);
  const ordered = [...cols].sort((a, b) => a - b);
  if (nameCol !== undefined && !cols.has(nameCol)) ordered.unshift(nameCol);

  const rowOrigin = table?.origin?.row ?? 0;
  const colOrigin = table?.origin?.col ?? 0;
  return {
    columns: ordered.map((col) => ({ col, letter: columnLetter(col), header: headers.get(col) ?? "" })),
    rows: rows.map((row) => {
      const raw = table?.rows[row - 1 - rowOrigin] ?? [];
      const marks = byRow.get(row)!;
      return {
        row,
        cells: ordered.map((col) => {
          const v = raw[col - colOrigin];
          const mark = marks.get(col);
          return { text: v === null || v === undefined ? "" : String(v), severity: mark?.severity, note: mark?.notes.join("\n") };
        }),
      };
    }),
    problemRows: byRow.size,
  };
}
