import type { RawCell } from "../core/model/table";

/** A mistake put into a sample on purpose, with the issue code the checker must report at that row. */
export interface PlantedMistake {
  what: string;
  /** 1-based sheet row */
  row: number;
  code: string;
  /** the field the issue is about, when it is about one cell */
  key?: string;
}

export interface SampleSheet {
  sheet: string;
  rows: RawCell[][];
  planted: PlantedMistake[];
}

/** The date written the way people type it: 2018/9/1. */
export function slashDate(ymd: string): string {
  return `${ymd.slice(0, 4)}/${Number(ymd.slice(4, 6))}/${Number(ymd.slice(6, 8))}`;
}

/** Half-width digits → full-width (１２３), as a Chinese input method in full-width mode types them. */
export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** The same ID with a wrong last character. */
export function wrongCheckChar(id: string): string {
  const last = id[17];
  return id.slice(0, 17) + (last === "0" ? "1" : "0");
}
