import { columnLetter } from "../../core/model/table";

/** Rows taken out of a sheet, and where every later row moves to. */
export class RowRemoval {
  private readonly removed: number[];
  private readonly set: Set<number>;

  constructor(rows: readonly number[]) {
    this.removed = [...new Set(rows)].sort((a, b) => a - b);
    this.set = new Set(this.removed);
  }

  get any(): boolean {
    return this.removed.length > 0;
  }

  isRemoved(row: number): boolean {
    return this.set.has(row);
  }

  /** the row's number after the removal (a removed row maps to where the next row lands) */
  moved(row: number): number {
    let lo = 0;
    let hi = this.removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.removed[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return row - lo;
  }

  /** a row range after the removal; null when every row of it was removed */
  range(first: number, last: number): [number, number] | null {
    const a = this.moved(first);
    // the last kept row at or above `last`
    const b = this.moved(last + 1) - 1;
    return b < a ? null : [a, b];
  }
}

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

/**
 * One A1 reference or range ("B5", "$A$3:$C$9", "A:A", "3:9") after rows are removed; null when the
 * range is gone entirely. Whole-column ranges do not move.
 */
export function shiftRange(text: string, removal: RowRemoval): string | null {
  const [from, to = from] = text.split(":");
  const a = REF.exec(from);
  const b = REF.exec(to);
  if (!a || !b) {
    const rows = /^(\$?)(\d+):(\$?)(\d+)$/.exec(text);
    if (!rows) return text;
    const r = removal.range(Number(rows[2]), Number(rows[4]));
    return r && `${rows[1]}${r[0]}:${rows[3]}${r[1]}`;
  }
  const r = removal.range(Number(a[4]), Number(b[4]));
  if (!r) return null;
  const first = `${a[1]}${a[2]}${a[3]}${r[0]}`;
  const last = `${b[1]}${b[2]}${b[3]}${r[1]}`;
  return text.includes(":") ? `${first}:${last}` : first;
}

/** A space-separated list of ranges (data validations' and conditional formats' sqref); "" when all are gone. */
export function shiftSqref(sqref: string, removal: RowRemoval): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => shiftRange(r, removal))
    .filter((r): r is string => r !== null)
    .join(" ");
}

export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
