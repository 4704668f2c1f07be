import type { RawCell } from "../../core/model/table";

/** One sheet of a layout fixture, with what a school's file carries besides the values. */
export interface FixtureSheet {
  name: string;
  rows: RawCell[][];
  /** 1-based sheet rows that are hidden (a KD code row) */
  hiddenRows?: number[];
  /** merged ranges, e.g. "A1:H1" for a title */
  merges?: string[];
  /** 0-based columns formatted as text ("@"): IDs, dates, codes */
  textColumns?: number[];
  /** 0-based column → a drop-down list on its data rows */
  lists?: { col: number; values: string[]; fromRow: number }[];
  /** 1-based header row: bold with a fill, as templates style it */
  headerRow?: number;
  widths?: number[];
  state?: "visible" | "hidden";
}

/** A layout a school really has (TEMPLATES.md §8), as a file our fixtures write. */
export interface LayoutFixture {
  id: string;
  /** what it is, as a registrar would say it */
  title: string;
  fileName: string;
  /** the file as its layout is: styled .xlsx, BIFF8 .xls, or GBK tab-separated text named .xls */
  format: "xlsx" | "xls" | "text";
  /** the template each data sheet should be taken for, by sheet name */
  templates: Record<string, string>;
  /** headers of columns no template knows: kept with every value */
  unknownHeaders: string[];
  sheets: FixtureSheet[];
  /** 1-based first data row of each data sheet */
  dataStart: Record<string, number>;
}
