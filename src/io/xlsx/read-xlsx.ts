/**
 * Values-only .xlsx reader: locates parts through workbook-parts, inflates each under the shared
 * budget and scans sheet XML with indexOf (no DOM), giving the same tables as SheetJS + sheetToTable.
 */
import type { SheetTable } from "../../core/model/table";
import { corruptError, encryptedError, ReadError, tooLargeError } from "../read-error";
import { entryText, inflateEntryChunks, InflateBudget } from "../zip/inflate";
import { openZip, ZipEntry, ZipError } from "../zip/zip-archive";
import type { OnWorkProgress } from "../progress";
import { stepped } from "../progress";
import { SheetScanner } from "./sheet-scanner";
import { readWorkbookParts } from "./workbook-parts";
import { limitError, MAX_INFLATED_BYTES, MAX_SHARED_STRINGS } from "./xlsx-limits";
import { richText } from "./xml-text";

const SST_OPEN = /<(?:\w+:)?sst\b[^<>]*>/;
const SST_CLOSE = /<\/(?:\w+:)?sst>/;
const SI_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
const SI_CLOSE = /<\/(?:\w+:)?(?:si|sstItem)>/;

/** `onProgress` follows the bytes inflated from the shared strings and the sheets (as their entries declare them). */
export function readXlsx(bytes: Uint8Array, fileName: string, onProgress?: OnWorkProgress): SheetTable[] {
  try {
    const zip = openZip(bytes);
    const budget: InflateBudget = { remaining: MAX_INFLATED_BYTES };
    const parts = readWorkbookParts(zip, budget);
    const sst = parts.sharedStringsPath ? zip.get(parts.sharedStringsPath) : undefined;
    const sheetEntries = parts.sheets.map((sheet) => {
      const entry = zip.get(sheet.path);
      if (!entry) throw new ZipError("corrupt", `sheet part ${sheet.path} missing`);
      return entry;
    });
    const progress = new PartProgress([sst, ...sheetEntries], onProgress);
    const strings = sst ? readSharedStrings(sst, budget, fileName) : [];
    progress.partDone(sst);
    const cells = { count: 0 };
    const tables: SheetTable[] = [];
    for (const [n, sheet] of parts.sheets.entries()) {
      const entry = sheetEntries[n];
      const table = scanSheet(entry, budget, strings, cells, fileName, (chunk) => progress.add(chunk));
      progress.partDone(entry);
      table.sheet = sheet.name;
      table.source = fileName;
      if (sheet.state !== "visible") table.state = sheet.state;
      if (parts.date1904) table.date1904 = true;
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

/** Progress over the parts read, by their declared unpacked size; a part that lies about it is made up for when it ends. */
class PartProgress {
  private done = 0;
  private readonly ends = new Map<ZipEntry, number>();
  private readonly report: (done: number) => void;

  constructor(entries: (ZipEntry | undefined)[], onProgress: OnWorkProgress | undefined) {
    let total = 0;
    for (const e of entries) {
      if (!e) continue;
      total += e.size;
      this.ends.set(e, total);
    }
    this.report = stepped(onProgress, total);
    this.report(0);
  }

  add(bytes: number): void {
    this.done += bytes;
    this.report(this.done);
  }

  partDone(entry: ZipEntry | undefined): void {
    if (!entry) return;
    this.done = this.ends.get(entry) ?? this.done;
    this.report(this.done);
  }
}

function readSharedStrings(entry: ZipEntry, budget: InflateBudget, fileName: string): (string | null)[] {
  const xml = entryText(entry, budget);
  const open = SST_OPEN.exec(xml);
  if (!open) return [];
  const start = open.index + open[0].length;
  const close = SST_CLOSE.exec(xml.slice(start));
  const inner = close ? xml.slice(start, start + close.index) : xml.slice(start);
  // split the way SheetJS does, so every index lands on the same string
  const items = inner.replace(SI_OPEN, "").split(SI_CLOSE);
  if (items.length > MAX_SHARED_STRINGS) throw limitError(fileName, "的共享字符串过多");
  return items.map((x) => richText(x.trim()));
}

function scanSheet(
  entry: ZipEntry,
  budget: InflateBudget,
  strings: (string | null)[],
  cells: { count: number },
  fileName: string,
  onInflated: (bytes: number) => void,
): SheetTable {
  const scanner = new SheetScanner(strings, cells, fileName);
  // stream: a character cut between two pieces is held back until the next (a leading BOM is dropped)
  const utf8 = new TextDecoder("utf-8");
  inflateEntryChunks(entry, budget, (chunk) => {
    scanner.push(utf8.decode(chunk, { stream: true }));
    onInflated(chunk.length);
  });
  scanner.push(utf8.decode(), true);
  return scanner.table();
}
