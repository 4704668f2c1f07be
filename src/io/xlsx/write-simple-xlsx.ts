import { columnLetter } from "../../core/model/table";
import { writeZip, type ZipOut } from "../zip/write-zip";
import { PieceWriter } from "./piece-writer";
import { xmlText } from "../xml-escape";
import type { SimpleCell, SimpleSheet } from "./simple-sheet";

const enc = new TextEncoder();
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// style ids in STYLES below: 0 plain, 1 bold header, 2 text ("@"), 3 bold text header
const PLAIN = 0;
const HEADER = 1;
const TEXT = 2;
const STYLES = `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * A workbook we make ourselves (the report, a workbook from tables), written straight as XML parts:
 * inline strings, one text style for IDs and codes, a bold frozen header with a filter.
 */
export function writeSimpleXlsx(sheets: readonly SimpleSheet[]): Uint8Array {
  if (sheets.length === 0) throw new Error("writeSimpleXlsx: no sheets");
  const names = uniqueNames(sheets.map((s) => s.name));
  // Excel refuses a workbook whose every sheet is hidden
  const states: string[] = sheets.map((s) => s.state ?? "visible");
  if (states.every((s) => s !== "visible")) states[0] = "visible";
  const parts: ZipOut[] = [
    { name: "[Content_Types].xml", data: enc.encode(contentTypes(sheets.length)) },
    { name: "_rels/.rels", data: enc.encode(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: "xl/workbook.xml", data: enc.encode(workbookXml(names, states)) },
    { name: "xl/_rels/workbook.xml.rels", data: enc.encode(workbookRels(sheets.length)) },
    { name: "xl/styles.xml", data: enc.encode(STYLES) },
  ];
  sheets.forEach((s, i) => parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, stream: (put) => sheetXml(s, new PieceWriter(put)) }));
  return writeZip(parts);
}

function uniqueNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    // eslint-disable-next-line no-control-regex
    const clean = raw.replace(/[\u0000-\u001f[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31) || `Sheet${i + 1}`;
    let name = clean;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - String(n).length - 1)}_${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function contentTypes(n: number): string {
  const sheets = Array.from({ length: n }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets}</Types>`;
}

function workbookXml(names: string[], states: string[]): string {
  const active = Math.max(0, states.indexOf("visible"));
  const sheets = names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}"${states[i] === "visible" ? "" : ` state="${states[i]}"`} r:id="rId${i + 1}"/>`).join("");
  return `${XML}<workbook ${NS}><bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(n: number): string {
  const sheets = Array.from({ length: n }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
}

/** UTF-8 written row by row and handed on in pieces: a 50,000-row sheet is never whole, as a string or as bytes */
function sheetXml(s: SimpleSheet, parts: PieceWriter): void {
  const width = s.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const text = new Set(s.textColumns ?? []);
  const hidden = new Set(s.hiddenRows ?? []);
  parts.text(`${XML}<worksheet ${NS}>`);
  if (width > 0 && s.rows.length > 0) parts.text(`<dimension ref="A1:${columnLetter(width - 1)}${s.rows.length}"/>`);
  if (s.header && s.rows.length > 0) {
    const cols = s.frozenColumns ?? 0;
    const topLeft = `${columnLetter(cols)}2`;
    parts.text(`<sheetViews><sheetView workbookViewId="0"><pane ${cols ? `xSplit="${cols}" ` : ""}ySplit="1" topLeftCell="${topLeft}" activePane="${cols ? "bottomRight" : "bottomLeft"}" state="frozen"/></sheetView></sheetViews>`);
  }
  if (s.widths?.length) {
    parts.text(`<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.max(1, w)}" customWidth="1"${text.has(i) ? ` style="${TEXT}"` : ""}/>`).join("")}</cols>`);
  }
  parts.text("<sheetData>");
  s.rows.forEach((row, r) => {
    const n = r + 1;
    const cells: string[] = [];
    row.forEach((v, c) => {
      const style = s.header && r === 0 ? HEADER : text.has(c) ? TEXT : PLAIN;
      const cell = cellXml(`${columnLetter(c)}${n}`, v, style);
      if (cell) cells.push(cell);
    });
    parts.text(`<row r="${n}"${hidden.has(n) ? ' hidden="1"' : ""}>${cells.join("")}</row>`);
  });
  for (const n of [...hidden].filter((h) => h > s.rows.length).sort((a, b) => a - b)) parts.text(`<row r="${n}" hidden="1"/>`);
  parts.text("</sheetData>");
  if (s.header && width > 0 && s.rows.length > 0) parts.text(`<autoFilter ref="A1:${columnLetter(width - 1)}${s.rows.length}"/>`);
  parts.text("</worksheet>");
  parts.end();
}

function cellXml(ref: string, v: SimpleCell, style: number): string {
  const s = style === PLAIN ? "" : ` s="${style}"`;
  if (v === null || v === undefined || v === "") return style === PLAIN ? "" : `<c r="${ref}"${s}/>`;
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t>${String(v)}</t></is></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}
