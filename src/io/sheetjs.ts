import type * as XLSX from "@e965/xlsx";

let loaded: typeof XLSX | undefined;

/**
 * SheetJS, loaded the first time a file needs it (.xls, .xlsb, SpreadsheetML, HTML, delimited text):
 * its code is ~31 MB of a command-line process, which a check of an .xlsx (our own reader) does not carry.
 */
export function sheetjs(): typeof XLSX {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require("@e965/xlsx") as typeof XLSX);
}
