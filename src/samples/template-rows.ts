import type { RawCell } from "../core/model/table";
import type { Template } from "../core/model/template";
import type { Student } from "./students";

/** A template sheet as a registrar would fill it: the header row (and the KD_F code row when asked), then one row per student. */
export function templateRows(template: Template, students: readonly Student[], opts: { kdRow?: boolean } = {}): RawCell[][] {
  const rows: RawCell[][] = [template.columns.map((c) => c.header)];
  if (opts.kdRow) rows.push(template.columns.map((c) => c.kdCode ?? ""));
  for (const s of students) rows.push(template.columns.map((c) => s[c.key] ?? ""));
  return rows;
}

/** Where a field's cells are, so a sample can plant a mistake in one of them. */
export class SheetEditor {
  private readonly cols = new Map<string, number>();

  constructor(
    readonly rows: RawCell[][],
    template: Template,
    /** 1-based sheet row of the first data row */
    readonly firstDataRow: number,
  ) {
    template.columns.forEach((c, i) => this.cols.set(c.key, i));
  }

  /** the data row at a 1-based sheet row */
  private row(sheetRow: number): RawCell[] {
    return this.rows[sheetRow - 1];
  }

  get(sheetRow: number, key: string): RawCell {
    return this.row(sheetRow)[this.col(key)];
  }

  set(sheetRow: number, key: string, value: RawCell): void {
    this.row(sheetRow)[this.col(key)] = value;
  }

  private col(key: string): number {
    const c = this.cols.get(key);
    if (c === undefined) throw new Error(`template has no ${key} column`);
    return c;
  }
}
