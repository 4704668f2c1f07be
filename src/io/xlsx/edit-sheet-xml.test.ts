import fc from "fast-check";
import type { SheetEdits } from "../../core/model/edits";
import { editSheetXml, SheetXmlEditor } from "./edit-sheet-xml";

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { ignoreBOM: true });

function edit(xml: string, cells: { row: number; col: number; value: string }[], removeRows: number[]): string {
  return dec.decode(editSheetXml(enc.encode(xml), { sheet: "S", cells, removeRows }));
}

function sheet(rows: string, p = "", head = "", tail = ""): string {
  const ns = p ? ` xmlns:${p.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : "";
  return `<?xml version="1.0"?><${p}worksheet${ns}>${head}<${p}sheetData>${rows}</${p}sheetData>${tail}</${p}worksheet>`;
}

function row(r: number, cols = "AB", attrs = ""): string {
  return `<row r="${r}"${attrs}>${[...cols].map((c) => `<c r="${c}${r}"><v>${r}</v></c>`).join("")}</row>`;
}

describe("editSheetXml", () => {
  it("hands back the very bytes when there is nothing to do", () => {
    const bytes = enc.encode(sheet(row(1)));
    expect(editSheetXml(bytes, { sheet: "S", cells: [], removeRows: [] })).toBe(bytes);
  });

  it("moves later rows and their cells up, also where the number loses a digit, and leaves earlier rows as they were", () => {
    const rows = Array.from({ length: 102 }, (_, i) => row(i + 1)).join("");
    const out = edit(sheet(rows), [], [5, 10]);
    const expected = Array.from({ length: 102 }, (_, i) => i + 1)
      .filter((r) => r !== 5 && r !== 10)
      .map((r, i) => row(i + 1).replace(/<v>\d+<\/v>/g, `<v>${r}</v>`))
      .join("");
    expect(out).toBe(sheet(expected));
    expect(out).toContain(`<row r="9"><c r="A9"><v>11</v></c>`);
    expect(out).toContain(`<row r="100"><c r="A100"><v>102</v></c>`);
  });

  it("rewrites references with $, lower case, single quotes and other attributes, and rows written without r", () => {
    const rows = `<row r="2"><c r="A2"/></row><row r='3' spans="1:2"><c s="1" r='$b3' t="s"><v>0</v></c><c r="C3"/></row><row><c r="A4"/></row>`;
    expect(edit(sheet(rows), [], [2])).toBe(sheet(`<row r='2' spans="1:2"><c s="1" r='$b2' t="s"><v>0</v></c><c r="C2"/></row><row r="3"><c r="A3"/></row>`));
  });

  it("leaves what only looks like a reference: text, other attributes' values, other elements", () => {
    const rows = `<row r="1"/><row r="3"><c r="A3" t="inlineStr"><is><t> r="B3"</t></is></c><c t="str" x=' r="C3"' r="D3"><f>A3</f><v>x</v></c><rc r="E3"/></row>`;
    expect(edit(sheet(rows), [], [2])).toBe(
      sheet(`<row r="1"/><row r="2"><c r="A2" t="inlineStr"><is><t> r="B3"</t></is></c><c t="str" x=' r="C3"' r="D2"><f>A3</f><v>x</v></c><rc r="E3"/></row>`),
    );
  });

  it("works with a namespace prefix, keeps self-closing rows self-closing and a byte-order mark in place", () => {
    const rows = `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="3" hidden="1"/><x:row r="4"><x:c r="A4"><x:v>4</x:v></x:c></x:row>`;
    const out = edit("\ufeff" + sheet(rows, "x:"), [], [1]);
    expect(out).toBe("\ufeff" + sheet(`<x:row r="2" hidden="1"/><x:row r="3"><x:c r="A3"><x:v>4</x:v></x:c></x:row>`, "x:"));
  });

  it("sets fixed cells in place, keeping their style, inserts them in column order, and in rows the sheet lacks", () => {
    const rows = `<row r="1"><c r="A1" s="3"><v>1</v></c><c r="C1"><v>2</v></c></row><row r="2" ht="20"/><row r="5"><c r="B5"/></row>`;
    const out = edit(sheet(rows), [
      { row: 1, col: 0, value: "张<三>" },
      { row: 1, col: 1, value: "b" },
      { row: 2, col: 0, value: "x" },
      { row: 4, col: 2, value: "new" },
      { row: 9, col: 0, value: "end" },
    ], [3]);
    const t = (ref: string, v: string, s = "") => `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${v}</t></is></c>`;
    expect(out).toBe(
      sheet(
        `<row r="1">${t("A1", "张&lt;三&gt;", ' s="3"')}${t("B1", "b")}<c r="C1"><v>2</v></c></row><row r="2" ht="20">${t("A2", "x")}</row>` +
          `<row r="3">${t("C3", "new")}</row><row r="4"><c r="B4"/></row><row r="8">${t("A8", "end")}</row>`,
      ),
    );
  });

  it("moves the ranges before and after the rows: dimension, selection, merges, validations", () => {
    const head = `<dimension ref="A1:B6"/><sheetViews><sheetView><selection activeCell="A6" sqref="A6"/></sheetView></sheetViews>`;
    const tail = `<mergeCells count="2"><mergeCell ref="A2:B2"/><mergeCell ref="A4:B6"/></mergeCells><dataValidations count="1"><dataValidation sqref="B3:B6"/></dataValidations>`;
    const rows = [1, 2, 3, 4, 5, 6].map((r) => row(r)).join("");
    const out = edit(sheet(rows, "", head, tail), [], [2]);
    expect(out).toContain(`<dimension ref="A1:B5"/>`);
    expect(out).toContain(`activeCell="A5" sqref="A5"`);
    expect(out).toContain(`<mergeCells count="1"><mergeCell ref="A3:B5"/></mergeCells>`);
    expect(out).toContain(`<dataValidation sqref="B2:B5"/>`);
  });

  it("gives fixed cells of an empty sheet their rows", () => {
    expect(edit(`<worksheet><sheetData/></worksheet>`, [{ row: 2, col: 0, value: "a" }], [])).toBe(
      `<worksheet><sheetData><row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">a</t></is></c></row></sheetData></worksheet>`,
    );
  });

  it("refuses a part it cannot edit rather than writing a broken one", () => {
    expect(() => edit(`<worksheet></worksheet>`, [], [1])).toThrow(/sheetData/);
    expect(() => edit(sheet(`<row r="1"><c r="A1"/>`), [], [1])).toThrow(/not closed/);
  });

  describe("edited as it inflates", () => {
    /** the part pushed in pieces cut at the given points, the output pieces joined */
    function streamed(xml: Uint8Array, edits: SheetEdits, cuts: number[]): Uint8Array {
      const out: number[] = [];
      const editor = new SheetXmlEditor(edits, (piece) => out.push(...piece));
      let from = 0;
      for (const at of [...cuts.filter((c) => c > 0 && c < xml.length)].sort((a, b) => a - b).concat(xml.length)) {
        editor.push(xml.subarray(from, at));
        from = at;
      }
      editor.end();
      return new Uint8Array(out);
    }

    it("gives the same bytes whatever the pieces, byte by byte included, with a prefix, a BOM and a tail", () => {
      const head = `<dimension ref="A1:C30"/>`;
      const tail = `<mergeCells count="1"><mergeCell ref="A20:B21"/></mergeCells>`;
      const rows = Array.from({ length: 30 }, (_, i) => row(i + 1, "ABC", i % 7 === 0 ? ' ht="20"' : "")).join("");
      for (const p of ["", "x:"]) {
        const xml = enc.encode("\ufeff" + sheet(p ? rows.replace(/<(\/?)(row|c|v)\b/g, `<$1${p}$2`) : rows, p, head, tail));
        const edits: SheetEdits = { sheet: "S", cells: [{ row: 4, col: 1, value: "改" }, { row: 40, col: 0, value: "末" }], removeRows: [2, 3, 25] };
        const whole = editSheetXml(xml, edits);
        expect(dec.decode(whole)).toContain(`<dimension ref="A1:C27"/>`);
        expect(streamed(xml, edits, Array.from({ length: xml.length }, (_, i) => i))).toEqual(whole);
        for (const size of [3, 17, 64]) expect(streamed(xml, edits, Array.from({ length: Math.ceil(xml.length / size) }, (_, i) => i * size))).toEqual(whole);
      }
    });

    it("is the same as one push for random sheets, edits and cut points", () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 25 }),
          fc.uniqueArray(fc.integer({ min: 1, max: 70 }), { maxLength: 10 }),
          fc.array(fc.record({ row: fc.integer({ min: 1, max: 70 }), col: fc.integer({ min: 0, max: 3 }), value: fc.string({ maxLength: 5 }) }), { maxLength: 8 }),
          fc.array(fc.nat(), { maxLength: 30 }),
          fc.boolean(),
          (present, removeRows, fixes, cuts, selfClosing) => {
            const rows = [...present].sort((a, b) => a - b).map((r) => (selfClosing && r % 3 === 0 ? `<row r="${r}"/>` : row(r, "ABD"))).join("");
            const xml = enc.encode(sheet(rows, "", `<dimension ref="A1:D60"/>`, `<dataValidations count="1"><dataValidation sqref="A2:A60"/></dataValidations>`));
            const cells = [...new Map(fixes.map((f) => [`${f.row}:${f.col}`, f])).values()].sort((a, b) => a.row - b.row || a.col - b.col);
            const edits: SheetEdits = { sheet: "S", cells, removeRows: [...removeRows].sort((a, b) => a - b) };
            const at = cuts.map((c) => c % (xml.length + 1));
            expect(streamed(xml, edits, at)).toEqual(editSheetXml(xml, edits));
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
