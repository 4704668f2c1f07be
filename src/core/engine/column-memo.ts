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

/** A memo never holds more than this many cells (memory stays bounded whatever the column). */
export const MEMO_LIMIT = 4096;
/**
 * After this many cells not found, a memo that has answered fewer than half as many lookups closes: the
 * column is one of names, ID numbers, phone numbers or addresses, where cells rarely repeat, and filling
 * a map nobody reads costs more than it saves.
 */
export const MEMO_TRIAL = 256;

/**
 * The outcomes of one column's distinct cells. A 50,000-row sheet holds a few values per coded column
 * (民族, 是否…), so each is normalised and checked once. Keys are the cells as read: 1 and "1" stay apart.
 */
export class ColumnMemo {
  private map: Map<RawCell, CellOutcome> | null = new Map();
  private hits = 0;
  private misses = 0;

  get(raw: RawCell): CellOutcome | undefined {
    if (this.map === null) return undefined;
    const o = this.map.get(raw);
    if (o === undefined) this.misses++;
    else this.hits++;
    return o;
  }

  /** `repeats`: cells of the column the caller found without asking since it last offered one (they count as hits) */
  set(raw: RawCell, outcome: CellOutcome, repeats = 0): void {
    if (this.map === null) return;
    this.hits += repeats;
    if (this.map.size >= MEMO_LIMIT || (this.misses > MEMO_TRIAL && this.hits * 2 < this.misses)) this.map = null;
    else this.map.set(raw, outcome);
  }

  /** whether the memo still takes new cells (false once the column proved too varied to be worth it) */
  get open(): boolean {
    return this.map !== null;
  }
}
