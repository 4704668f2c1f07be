import type { RawCell } from "../model/table";
import type { IssueDraft, NormaliseResult } from "../rules/types";

/** What one distinct cell of a column comes to, whichever row holds it. */
export interface CellOutcome {
  value: string;
  fixes: NormaliseResult["fixes"];
  /** nothing left for check() to do: normalise proved the value, or the cell-only check already ran */
  done: boolean;
  /** what a cell-only check (or a failing handler) found, reported again for each row holding this cell */
  findings: readonly IssueDraft[] | null;
  /** no fixes and no findings: nothing to report (most cells) */
  quiet: boolean;
}

/**
 * Past this many distinct cells a column is one of names, ID numbers or phone numbers, where cells
 * rarely repeat: the memo stops growing there and the column is read cell by cell.
 */
export const MEMO_LIMIT = 4096;

/**
 * The outcomes of one column's distinct cells. A 50,000-row sheet holds a few values per coded column
 * (民族, 是否…), so each is normalised and checked once. Keys are the cells as read: 1 and "1" stay apart.
 */
export class ColumnMemo {
  private map: Map<RawCell, CellOutcome> | null = new Map();

  get(raw: RawCell): CellOutcome | undefined {
    return this.map === null ? undefined : this.map.get(raw);
  }

  set(raw: RawCell, outcome: CellOutcome): void {
    if (this.map === null) return;
    if (this.map.size >= MEMO_LIMIT) this.map = null;
    else this.map.set(raw, outcome);
  }

  /** whether the memo still takes new cells (false once the column proved to have too many distinct ones) */
  get open(): boolean {
    return this.map !== null;
  }
}
