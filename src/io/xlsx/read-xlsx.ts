/**
 * Values-only .xlsx reader: locates parts through workbook-parts, inflates each under the shared
 * budget and scans sheet XML with indexOf (no DOM), giving the same tables as SheetJS + sheetToTable.
 */
import type { SheetTable } from "../../core/model/table";
import { corruptError, encryptedError, ReadError, tooLargeError } from "../read-error";
import { inflateEntryChunks, InflateBudget } from "../zip/inflate";
import { openZip, ZipEntry, ZipError, type ZipBytes } from "../zip/zip-archive";
import { hasXmlForbidden } from "../xml-escape";
import type { OnWorkProgress } from "../progress";
import { PartProgress } from "./part-progress";
import { readSharedStrings } from "./shared-strings";
import { SheetScanner } from "./sheet-scanner";
import { decodeInSteps } from "./xml-text";
import { readWorkbookParts } from "./workbook-parts";
import { MAX_INFLATED_BYTES, type CellBudget } from "./xlsx-limits";

/** `onProgress` follows the bytes inflated from the shared strings and the sheets (as their entries declare them). */
export function readXlsx(source: Uint8Array | ZipBytes, fileName: string, onProgress?: OnWorkProgress): SheetTable[] {
  try {
    const zip = openZip(source);
    const budget: InflateBudget = { remaining: MAX_INFLATED_BYTES };
    const parts = readWorkbookParts(zip, budget);
    const sst = parts.sharedStringsPath ? zip.get(parts.sharedStringsPath) : undefined;
    const sheetEntries = parts.sheets.map((sheet) => {
      const entry = zip.get(sheet.path);
      if (!entry) throw new ZipError("corrupt", `sheet part ${sheet.path} missing`);
      return entry;
    });
    const progress = new PartProgress([sst, ...sheetEntries], onProgress);
    const { strings, xmlForbidden } = sst ? readSharedStrings(sst, budget, fileName) : { strings: [], xmlForbidden: false };
    progress.partDone(sst);
    const cells: CellBudget = { count: 0, area: 0 };
    const tables: SheetTable[] = [];
    for (const [n, sheet] of parts.sheets.entries()) {
      const entry = sheetEntries[n];
      const table = scanSheet(entry, budget, strings, cells, fileName, (inflated) => progress.add(inflated));
      progress.partDone(entry);
      table.sheet = sheet.name;
      table.source = fileName;
      if (sheet.state !== "visible") table.state = sheet.state;
      if (parts.date1904) table.date1904 = true;
      if (xmlForbidden || hasXmlForbidden(sheet.name)) table.xmlForbidden = true;
      tables.push(table);
    }
    if (tables.length === 0) throw new ZipError("corrupt", "no worksheets");
    return tables;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    if (e instanceof ZipError) {
      if (e.reason === "encrypted") throw encryptedError(fileName);
      if (e.reason === "too-large") throw tooLargeError(fileName, Math.ceil(MAX_INFLATED_BYTES / 2 ** 20), MAX_INFLATED_BYTES / 2 ** 20);
      throw corruptError(fileName, e.message);
    }
    throw corruptError(fileName, e instanceof Error ? e.message : String(e));
  }
}

function scanSheet(
  entry: ZipEntry,
  budget: InflateBudget,
  strings: (string | null)[],
  cells: CellBudget,
  fileName: string,
  onInflated: (bytes: number) => void,
): SheetTable {
  const scanner = new SheetScanner(strings, cells, fileName);
  // stream: a character cut between two pieces is held back until the next (a leading BOM is dropped)
  const utf8 = new TextDecoder("utf-8");
  inflateEntryChunks(entry, budget, (chunk) => {
    decodeInSteps(utf8, chunk, (text) => scanner.push(text));
    onInflated(chunk.length);
  });
  scanner.push(utf8.decode(), true);
  return scanner.table();
}
