/**
 * A sheet we make ourselves (the report workbook, a workbook from tables): plain values, no source to keep.
 * Strings are written as text cells, numbers as numbers, booleans as booleans; null leaves the cell empty.
 */
export type SimpleCell = string | number | boolean | null;

export interface SimpleSheet {
  /** tab name; made safe and unique by the writer (Excel: ≤ 31 characters, no []:*?/\) */
  name: string;
  rows: SimpleCell[][];
  /** column widths in characters, by 0-based column */
  widths?: number[];
  /** the first row is a header: bold, frozen, with a filter */
  header?: boolean;
  /** 0-based columns whose cells get the text number format "@" (IDs, dates, codes) */
  textColumns?: number[];
  /** columns frozen at the left, beside a frozen header */
  frozenColumns?: number;
  /** 1-based rows hidden */
  hiddenRows?: number[];
  state?: "visible" | "hidden" | "veryHidden";
}
