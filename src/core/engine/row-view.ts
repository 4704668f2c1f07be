import type { RawCell } from "../model/table";
import type { RowView } from "../rules/types";

/** Field key → slot in a sheet's rows; one per sheet, shared by all its rows. */
export type KeyIndex = ReadonlyMap<string, number>;

/**
 * What all a sheet's data rows share: the key index, where each slot's cell sits in the sheet's row
 * arrays (-1: the sheet lacks the column), and one flat array of per-cell flags for the whole sheet.
 */
export class RowStore {
  /** 1 where normalise() already proved the value valid (or its cell-only check ran), so check() is skipped */
  settled = new Uint8Array(0);
  private readonly blank: string[];

  constructor(
    readonly keys: KeyIndex,
    /** per slot: index into a sheet row's cells, or -1 */
    readonly at: Int32Array,
  ) {
    this.blank = new Array<string>(at.length).fill("");
  }

  /** room for the flags of n rows */
  reserve(rows: number): void {
    this.settled = new Uint8Array(rows * this.at.length);
  }

  get width(): number {
    return this.at.length;
  }

  /** a row's values, all "" to start with */
  emptyValues(): string[] {
    return this.blank.slice();
  }
}

/** A data row after normalisation. */
export class DataRow implements RowView {
  constructor(
    readonly row: number,
    private readonly store: RowStore,
    /** offset of this row's first slot in store.settled */
    private readonly base: number,
    /** the whole row as read, in sheet column order (for the rejected sheet) */
    readonly cells: RawCell[],
    /** normalised values by slot, in template column order */
    private readonly vals: string[] = store.emptyValues(),
  ) {}

  /** normalised value by slot */
  value(slot: number): string {
    return this.vals[slot];
  }

  /** whether normalise() settled this slot's value (nothing for check() to find) */
  isSettled(slot: number): boolean {
    return this.store.settled[this.base + slot] === 1;
  }

  /** cell as read by slot; undefined when the sheet lacks the column */
  rawAt(slot: number): RawCell | undefined {
    const at = this.store.at[slot];
    return at < 0 ? undefined : (this.cells[at] ?? null);
  }

  /**
   * This row's values in template column order, handed over rather than copied (a cleaned sheet of
   * 50,000 rows would otherwise hold every value twice): the cleaner fills numbers into it, so only
   * the last step may take it.
   */
  takeValues(): string[] {
    return this.vals;
  }

  get(key: string): string {
    const i = this.store.keys.get(key);
    return i === undefined ? "" : this.vals[i];
  }

  raw(key: string): RawCell | undefined {
    const i = this.store.keys.get(key);
    return i === undefined ? undefined : this.rawAt(i);
  }

  has(key: string): boolean {
    const i = this.store.keys.get(key);
    return i !== undefined && this.store.at[i] >= 0;
  }
}
