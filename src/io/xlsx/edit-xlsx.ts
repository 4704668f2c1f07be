import type { SheetEdits } from "../../core/model/edits";
import { stepped, type OnWorkProgress } from "../progress";
import { entryText, inflateEntry, type InflateBudget } from "../zip/inflate";
import { writeZip, type ZipOut } from "../zip/write-zip";
import { openZip } from "../zip/zip-archive";
import { RowRemoval, shiftRange } from "./cell-ref";
import { editSheetXml } from "./edit-sheet-xml";
import { MAX_INFLATED_BYTES } from "./xlsx-limits";
import { readWorkbookParts } from "./workbook-parts";

const encoder = new TextEncoder();

/**
 * The school's .xlsx with the edits applied: only the edited sheets' parts are rewritten, every other
 * part (styles, shared strings, other sheets, drawings, custom XML) is copied byte for byte. When rows
 * are removed, defined names that point into the sheet move with them, and the calculation chain
 * (which lists cells by address) is dropped so Excel rebuilds it. `onProgress` counts the edited sheets'
 * unpacked bytes, twice: once edited, once compressed again.
 */
export function editXlsx(source: Uint8Array, edits: readonly SheetEdits[], onProgress?: OnWorkProgress): Uint8Array {
  const zip = openZip(source);
  const budget: InflateBudget = { remaining: MAX_INFLATED_BYTES };
  const parts = readWorkbookParts(zip, budget);
  const changed = new Map<string, Uint8Array | string>();
  const removals = new Map<string, RowRemoval>();
  const todo = edits.flatMap((e) => {
    if (e.cells.length === 0 && e.removeRows.length === 0) return [];
    const sheet = parts.sheets.find((s) => s.name === e.sheet);
    if (!sheet) throw new Error(`editXlsx: no sheet named ${e.sheet}`);
    const entry = zip.get(sheet.path);
    if (!entry) throw new Error(`editXlsx: sheet part ${sheet.path} missing`);
    return [{ edit: e, path: sheet.path, entry }];
  });
  const total = todo.reduce((n, t) => n + t.entry.size, 0);
  const report = stepped(onProgress, 2 * total);
  report(0);
  let edited = 0;
  for (const { edit, path, entry } of todo) {
    changed.set(path, editSheetXml(inflateEntry(entry, budget), edit));
    if (edit.removeRows.length > 0) removals.set(edit.sheet, new RowRemoval(edit.removeRows));
    report((edited += entry.size));
  }
  if (changed.size === 0) {
    report(2 * total);
    return source;
  }

  const dropCalcChain = removals.size > 0 && parts.calcChainPath !== undefined;
  if (removals.size > 0) {
    const workbook = zip.get(parts.workbookPath)!;
    changed.set(parts.workbookPath, shiftDefinedNames(entryText(workbook, budget), removals));
  }
  if (dropCalcChain) {
    const calc = parts.calcChainPath!;
    const relsPath = parts.workbookPath.replace(/([^/]*)$/, "_rels/$1.rels");
    const rels = zip.get(relsPath);
    if (rels) changed.set(relsPath, entryText(rels, budget).replace(/<Relationship\b[^>]*calcChain[^>]*\/>/g, ""));
    const types = zip.get("[Content_Types].xml");
    if (types) changed.set("[Content_Types].xml", entryText(types, budget).replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(calc)}"[^>]*/>`), ""));
  }

  const out: ZipOut[] = [];
  for (const entry of zip.entries) {
    if (dropCalcChain && entry.name === parts.calcChainPath) continue;
    const data = changed.get(entry.name);
    if (data === undefined) out.push({ name: entry.name, copy: entry });
    else out.push({ name: entry.name, data: typeof data === "string" ? encoder.encode(data) : data });
  }
  const zipped = writeZip(out);
  report(2 * total);
  return zipped;
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
