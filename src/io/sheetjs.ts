import type * as XLSX from "@e965/xlsx";

let loaded: typeof XLSX | undefined;

/**
 * SheetJS, loaded the first time a file needs it (.xls, .xlsb, SpreadsheetML, HTML, delimited text):
 * its code is ~31 MB of a command-line process, which a check of an .xlsx (our own reader) does not carry.
 */
export function sheetjs(): typeof XLSX {
  if (loaded) return loaded;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const lib = require("@e965/xlsx") as typeof XLSX;
  // Excel 95 (BIFF5) files keep their text in the system code page — 936 (GBK) on Chinese Windows. SheetJS's
  // CommonJS build (Node) installs its code-page tables itself; its ES module build, which the page's bundle
  // uses, does not. SheetJS only calls `.utils`, which the CommonJS object and the ES namespace both carry.
  lib.set_cptable(require("@e965/xlsx/dist/cpexcel"));
  /* eslint-enable @typescript-eslint/no-require-imports */
  loaded = lib;
  return lib;
}
