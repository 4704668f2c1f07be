import { RowRemoval, shiftRange, shiftSqref } from "./cell-ref";

/** The text before and after a worksheet's sheetData, with the ranges that point at rows moved up. */

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

/** A range whose rows were all removed keeps one row, so an attribute that must not be empty stays valid. */
function keepOne(range: string, removal: RowRemoval): string {
  const shifted = shiftRange(range, removal);
  if (shifted !== null) return shifted;
  const first = range.split(":")[0];
  return first.replace(/\d+$/, (d) => String(Math.max(1, removal.moved(Number(d)))));
}

/** dimension, selections and the top-left cell of the panes */
export function shiftHead(head: string, removal: RowRemoval): string {
  return head
    .replace(/(<(?:\w+:)?dimension\s[^>]*?ref=")([^"]*)"/, (_, a: string, ref: string) => `${a}${keepOne(ref, removal)}"`)
    .replace(/(\s(?:sqref|activeCell|topLeftCell)=")([^"]*)"/g, (_, a: string, ref: string) => `${a}${ref.split(/\s+/).map((r) => keepOne(r, removal)).join(" ")}"`);
}

/** merged cells, validations, conditional formats, hyperlinks, auto-filter, row breaks */
export function shiftTail(tail: string, p: string, removal: RowRemoval): string {
  const shiftList = (ref: string) => shiftSqref(ref, removal) || keepOne(ref.split(/\s+/)[0], removal);
  let out = tail.replace(/<(\w+:)?(\w+)(\s[^>]*?)(\/?)>/g, (whole, _p, name: string, attrs: string, end: string) => {
    if (name === "mergeCell") {
      // merged ranges whose rows are all gone are dropped, the rest shrink
      const ref = attr(attrs, "ref");
      const shifted = ref === undefined ? ref : shiftRange(ref, removal);
      return shifted === null ? "" : shifted === undefined ? whole : whole.replace(`ref="${ref}"`, `ref="${shifted}"`);
    }
    if (name === "brk") return whole.replace(/(\sid=")(\d+)"/, (_, a: string, id: string) => `${a}${removal.moved(Number(id))}"`);
    return `<${_p ?? ""}${name}${attrs.replace(/(\s(?:sqref|ref)=")([^"]*)"/g, (_, a: string, ref: string) => `${a}${shiftList(ref)}"`)}${end}>`;
  });
  out = out.replace(new RegExp(`(<${p}mergeCells\\b[^>]*?count=")\\d+"`), (_, a: string) => `${a}${(out.match(new RegExp(`<${p}mergeCell\\s`, "g")) ?? []).length}"`);
  // data validations and conditional formats in the x14 extension keep their ranges in an element
  return out.replace(/(<(?:\w+:)?sqref>)([^<]*)(<\/(?:\w+:)?sqref>)/g, (_, a: string, ref: string, b: string) => `${a}${shiftList(ref)}${b}`);
}
