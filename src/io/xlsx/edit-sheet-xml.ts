import type { CellEdit, SheetEdits } from "../../core/model/edits";
import { ascii, ByteWriter, indexOfBytes } from "./byte-writer";
import { RowRemoval } from "./cell-ref";
import { findTag, RowEditor } from "./edit-rows";
import { shiftHead, shiftTail } from "./sheet-ranges";

/**
 * One worksheet part with the upload-ready edits applied, on its UTF-8 bytes, edited as it inflates:
 * `push` takes the part's bytes in pieces of any size, `put` receives the edited XML in pieces (each
 * consumed before `put` returns: the buffer is reused). Everything not touched is copied verbatim
 * (styles, widths, validations, the rows above the data), rows that neither move nor hold a fixed cell
 * as spans. Fixed cells become inline-string cells that keep their style; removed rows go, later rows
 * and the ranges that point at them move up. Formulas' own references are not rewritten: upload
 * templates carry values, not formulas. Only the text before and after sheetData and one unfinished
 * row are ever held, so a 125 MB sheet costs a few hundred KB here.
 */
export class SheetXmlEditor {
  private phase: "head" | "rows" | "tail" = "head";
  /** input not yet edited: the head so far, the unfinished row, or the tail so far */
  private readonly input = new ByteWriter(1 << 16);
  private readonly out = new ByteWriter(1 << 16);
  private readonly removal: RowRemoval;
  private readonly byRow: Map<number, Map<number, string>>;
  private p = "";
  private closeTag = ascii("</sheetData>");
  private rows: RowEditor | null = null;
  /** how much of `input` was already searched for a row start (rows phase) */
  private searched = 0;

  constructor(
    edits: SheetEdits,
    private readonly put: (piece: Uint8Array) => void,
  ) {
    this.removal = new RowRemoval(edits.removeRows);
    this.byRow = groupByRow(edits.cells);
  }

  push(chunk: Uint8Array): void {
    this.input.bytes(chunk);
    if (this.phase === "head") this.head();
    if (this.phase === "rows") this.body();
    this.flush();
  }

  end(): void {
    if (this.phase === "head") throw new Error("worksheet part without sheetData");
    if (this.phase === "rows") throw new Error("worksheet part with an unclosed sheetData");
    const tail = text(this.input.result());
    this.out.text(this.removal.any ? shiftTail(tail, this.p, this.removal) : tail);
    this.input.length = 0;
    this.flush();
  }

  /** Waits for the whole sheetData start tag; writes the head with its ranges moved. */
  private head(): void {
    const xml = this.input.result();
    const ws = indexOfBytes(xml, WORKSHEET, 0);
    if (ws < 0) return;
    this.p = prefixOf(xml, ws);
    const open = findTag(xml, ascii(`<${this.p}sheetData`), 0, xml.length);
    if (open < 0) return;
    const gt = xml.indexOf(62, open);
    if (gt < 0) return;
    const openEnd = gt + 1;
    const selfClosing = xml[gt - 1] === 47;
    const head = text(xml.subarray(0, open));
    this.out.text(this.removal.any ? shiftHead(head, this.removal) : head);
    if (selfClosing) this.out.text(`<${this.p}sheetData>`);
    else this.out.copy(xml, open, openEnd);
    this.closeTag = ascii(`</${this.p}sheetData>`);
    this.rows = new RowEditor(this.p, this.removal, this.byRow);
    this.phase = "rows";
    this.keepFrom(openEnd);
    if (selfClosing) this.closeRows(0);
  }

  /** Edits the whole rows that have come; the unfinished last one waits for the next piece. */
  private body(): void {
    const xml = this.input.result();
    // the close tag's "D" is rare in sheet XML: the native search skips along it
    const close = indexOfBytes(xml, this.closeTag, 0, xml.length, this.closeTag.length - 5);
    if (close >= 0) {
      this.rows!.segment(xml, 0, close, this.out);
      this.closeRows(close + this.closeTag.length);
      return;
    }
    const last = this.rows!.lastRowStart(xml, Math.max(0, this.searched - 64), xml.length);
    this.searched = xml.length;
    if (last <= 0) return;
    this.rows!.segment(xml, 0, last, this.out);
    this.keepFrom(last);
  }

  /** sheetData's end tag ends at `after`: the rows still to add, the tag, then the tail. */
  private closeRows(after: number): void {
    this.rows!.finish(this.out);
    this.out.bytes(this.closeTag);
    this.phase = "tail";
    this.keepFrom(after);
  }

  /** drops the input before `from` */
  private keepFrom(from: number): void {
    const buf = this.input.reserve(0);
    buf.copyWithin(0, from, this.input.length);
    this.input.length -= from;
    this.searched = Math.max(0, this.searched - from);
  }

  private flush(): void {
    if (this.out.length === 0) return;
    this.put(this.out.result());
    this.out.length = 0;
  }
}

/** The edited part as one array (tests, and callers that have the whole part anyway). */
export function editSheetXml(xml: Uint8Array, edits: SheetEdits): Uint8Array {
  if (edits.cells.length === 0 && edits.removeRows.length === 0) return xml;
  const out = new ByteWriter(xml.length + edits.cells.reduce((n, c) => n + 160 + c.value.length * 6, 65536));
  const editor = new SheetXmlEditor(edits, (piece) => out.bytes(piece));
  editor.push(xml);
  editor.end();
  return out.result();
}

const WORKSHEET = ascii("worksheet");
// ignoreBOM keeps a byte-order mark in the head as it was
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function text(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** the namespace prefix of the worksheet element found at `at` ("x:" or "") */
function prefixOf(xml: Uint8Array, at: number): string {
  let lt = at - 1;
  while (lt >= 0 && xml[lt] !== 60 && at - lt < 64) lt--;
  const m = /^<(\w+:)?$/.exec(text(xml.subarray(Math.max(0, lt), at)));
  return m?.[1] ?? "";
}

function groupByRow(cells: readonly CellEdit[]): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  for (const c of cells) {
    let row = out.get(c.row);
    if (!row) out.set(c.row, (row = new Map()));
    row.set(c.col, c.value);
  }
  return out;
}
