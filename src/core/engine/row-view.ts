import type { RawCell } from "../model/table";
import type { RowView } from "../rules/types";

/** Field key → slot in a sheet's rows; one per sheet, shared by all its rows. */
export type KeyIndex = ReadonlyMap<string, number>;

/**
 * The normalised values of all a sheet's data rows in one flat array (row-major, one slot per template
 * column), a flag per value, the key index, and where each slot's cell sits in the sheet's row arrays
 * (-1: the sheet lacks the column). One array for the sheet rather than one per row: the garbage
 * collector copies each surviving small array, and 50,000 rows of 73 values is 30 MB to copy.
 */
export class RowStore {
  values: string[] = [];
  /** for the slots checked after the row is read: 1 where normalise() already proved the value valid, so check() is skipped */
  settled = new Uint8Array(0);

  constructor(
    readonly keys: KeyIndex,
    /** per slot: index into a sheet row's cells, or -1 */
    readonly at: Int32Array,
  ) {}

  /** room for n rows; the reader writes every slot of each row it keeps, "" for a blank cell */
  reserve(rows: number): void {
    this.values = new Array<string>(rows * this.at.length);
    this.settled = new Uint8Array(rows * this.at.length);
  }

  get width(): number {
    return this.at.length;
  }
}

/** A data row after normalisation. */
export class DataRow implements RowView {
  constructor(
    readonly row: number,
    private readonly store: RowStore,
    /** offset of this row's first slot in the store's arrays */
    readonly base: number,
    /** the whole row as read, in sheet column order (for the rejected sheet) */
    readonly cells: RawCell[],
  ) {}

  /** normalised value by slot */
  value(slot: number): string {
    return this.store.values[this.base + slot];
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

  get(key: string): string {
    const i = this.store.keys.get(key);
    return i === undefined ? "" : this.store.values[this.base + i];
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
