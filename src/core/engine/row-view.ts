import type { RawCell } from "../model/table";
import type { RowView } from "../rules/types";

/** Field key → slot in a row's value arrays; one per sheet, shared by all its rows. */
export type KeyIndex = ReadonlyMap<string, number>;

/** A data row after normalisation: values by template column slot. */
export class DataRow implements RowView {
  constructor(
    readonly row: number,
    private readonly keys: KeyIndex,
    /** normalised values by slot ("" when empty or when the sheet lacks the column) */
    readonly values: string[],
    /** cells as read, by slot (undefined when the sheet lacks the column) */
    readonly raws: (RawCell | undefined)[],
    /** the whole row as read, in sheet column order (for the rejected sheet) */
    readonly cells: RawCell[],
  ) {}

  get(key: string): string {
    const i = this.keys.get(key);
    return i === undefined ? "" : this.values[i];
  }

  raw(key: string): RawCell | undefined {
    const i = this.keys.get(key);
    return i === undefined ? undefined : this.raws[i];
  }

  has(key: string): boolean {
    const i = this.keys.get(key);
    return i !== undefined && this.raws[i] !== undefined;
  }
}
