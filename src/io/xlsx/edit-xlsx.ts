import type { SheetEdits } from "../../core/model/edits";
import { stepped, type OnWorkProgress } from "../progress";
import { entryText, inflateEntryChunks, type InflateBudget } from "../zip/inflate";
import { writeZip, writeZipTo, type ZipOut } from "../zip/write-zip";
import type { ZipSink } from "../zip/zip-sink";
import { bytesOf, openZip, type ZipBytes } from "../zip/zip-archive";
import { RowRemoval, shiftRange } from "./cell-ref";
import { SheetXmlEditor } from "./edit-sheet-xml";
import { MAX_INFLATED_BYTES } from "./xlsx-limits";
import { readWorkbookParts } from "./workbook-parts";

const encoder = new TextEncoder();

/**
 * The school's .xlsx with the edits applied: only the edited sheets' parts are rewritten, every other
 * part (styles, shared strings, other sheets, drawings, custom XML) is copied byte for byte. An edited
 * sheet is inflated, edited and compressed again piece by piece as the zip is written, so neither its
 * XML nor the edited XML is ever whole in memory. When rows are removed, defined names that point into
 * the sheet move with them, and the calculation chain (which lists cells by address) is dropped so
 * Excel rebuilds it. `onProgress` counts the edited sheets' unpacked bytes as they are edited.
 */
export function editXlsx(source: Uint8Array, edits: readonly SheetEdits[], onProgress?: OnWorkProgress): Uint8Array {
  const parts = editedParts(source, edits, onProgress);
  return parts ? writeZip(parts) : source;
}

/** The same, written into `sink` as it is made (the command line's output file). */
export function editXlsxTo(sink: ZipSink, source: Uint8Array | ZipBytes, edits: readonly SheetEdits[], onProgress?: OnWorkProgress): void {
  const parts = editedParts(source, edits, onProgress);
  if (parts) writeZipTo(sink, parts);
  else sink.write(bytesOf(source));
}

/** The archive's entries with the edits applied, or null when nothing changes (the source is the result). */
function editedParts(source: Uint8Array | ZipBytes, edits: readonly SheetEdits[], onProgress?: OnWorkProgress): ZipOut[] | null {
  const zip = openZip(source);
  const budget: InflateBudget = { remaining: MAX_INFLATED_BYTES };
  const parts = readWorkbookParts(zip, budget);
  const changed = new Map<string, ZipOut>();
  const removals = new Map<string, RowRemoval>();
  const todo = edits.flatMap((e) => {
    if (e.cells.length === 0 && e.removeRows.length === 0) return [];
    const sheet = parts.sheets.find((s) => s.name === e.sheet);
    if (!sheet) throw new Error(`editXlsx: no sheet named ${e.sheet}`);
    const entry = zip.get(sheet.path);
    if (!entry) throw new Error(`editXlsx: sheet part ${sheet.path} missing`);
    return [{ edit: e, path: sheet.path, entry }];
  });
  const report = stepped(onProgress, todo.reduce((n, t) => n + t.entry.size, 0));
  report(0);
  if (todo.length === 0) return null;
  let edited = 0;
  for (const { edit, path, entry } of todo) {
    changed.set(path, {
      name: path,
      // about as big compressed as the source's part
      sizeHint: entry.compressedSize,
      stream: (put) => {
        const editor = new SheetXmlEditor(edit, put);
        inflateEntryChunks(entry, budget, (chunk) => {
          editor.push(chunk);
          report((edited += chunk.length));
        });
        editor.end();
      },
    });
    if (edit.removeRows.length > 0) removals.set(edit.sheet, new RowRemoval(edit.removeRows));
  }

  const dropCalcChain = removals.size > 0 && parts.calcChainPath !== undefined;
  const text = (name: string, data: string) => changed.set(name, { name, data: encoder.encode(data) });
  if (removals.size > 0) {
    const workbook = zip.get(parts.workbookPath)!;
    text(parts.workbookPath, shiftDefinedNames(entryText(workbook, budget), removals));
  }
  if (dropCalcChain) {
    const calc = parts.calcChainPath!;
    const relsPath = parts.workbookPath.replace(/([^/]*)$/, "_rels/$1.rels");
    const rels = zip.get(relsPath);
    if (rels) text(relsPath, entryText(rels, budget).replace(/<Relationship\b[^>]*calcChain[^>]*\/>/g, ""));
    const types = zip.get("[Content_Types].xml");
    if (types) text("[Content_Types].xml", entryText(types, budget).replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(calc)}"[^>]*/>`), ""));
  }

  const out: ZipOut[] = [];
  for (const entry of zip.entries) {
    if (dropCalcChain && entry.name === parts.calcChainPath) continue;
    out.push(changed.get(entry.name) ?? { name: entry.name, copy: entry });
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Print areas, filter ranges and named ranges on a sheet whose rows were removed. */
function shiftDefinedNames(xml: string, removals: Map<string, RowRemoval>): string {
  return xml.replace(/(<(?:\w+:)?definedName\b[^>]*>)([^<]*)(<\/(?:\w+:)?definedName>)/g, (_, open: string, body: string, close: string) => {
    const shifted = body.replace(/((?:'(?:[^']|'')+'|[^\s!,'()=+\-*/&;<>]+)!)(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g, (whole, sheetRef: string, range: string) => {
        const name = sheetRef.slice(0, -1).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
        const removal = removals.get(name.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
        if (!removal) return whole;
        return `${sheetRef}${shiftRange(range, removal) ?? range}`;
      });
    return `${open}${shifted}${close}`;
  });
}
