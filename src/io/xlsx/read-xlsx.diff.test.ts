/**
 * readXlsx against the reference path (SheetJS + sheetToTable) on the committed samples, the sample
 * generators and random workbooks written by SheetJS (with and without shared strings) and ExcelJS.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { RawCell, SheetTable } from "../../core/model/table";
import { entrantsSample } from "../../samples/entrants-sample";
import { graduatesSample } from "../../samples/graduates-sample";
import { sampleXlsx } from "../../samples/sample-files";
import { sheetToTable } from "../sheet-to-table";
import { readXlsx } from "./read-xlsx";

function reference(bytes: Uint8Array): SheetTable[] {
  const wb = XLSX.read(bytes, { type: "array", dense: true, cellDates: false, cellFormula: false, cellHTML: false, cellText: false, cellNF: false, cellStyles: false, sheetStubs: false });
  return wb.SheetNames.map((n) => sheetToTable(wb.Sheets[n] ?? {}, n, "t.xlsx"));
}

/** only the fields the old path produces, so the comparison is like for like */
function valuesOf(tables: SheetTable[]) {
  return tables.map((t) => ({ sheet: t.sheet, rows: t.rows.map((r) => Array.from(r, (c) => (c === undefined ? null : c))) }));
}

function expectSame(bytes: Uint8Array): void {
  expect(valuesOf(readXlsx(bytes, "t.xlsx"))).toEqual(valuesOf(reference(bytes)));
}

describe("readXlsx matches SheetJS", () => {
  const dir = join(__dirname, "../../../assets/samples");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".xlsx"))) {
    it(`on ${name}`, () => expectSame(new Uint8Array(readFileSync(join(dir, name)))));
  }

  it("on the sample generators", () => {
    expectSame(sampleXlsx(entrantsSample()));
    expectSame(sampleXlsx(graduatesSample()));
  });

  const text = fc.oneof(
    fc.string(),
    fc.constantFrom("<>&\"'", "学籍 张三", "  lead", "trail  ", "a\nb", "a\r\nb", "😀🎓", "_x000D_", "x_x0041_y", "&amp;", "&#x41;", ""),
    fc.string({ unit: "grapheme", maxLength: 6 }),
  );
  const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.1, -0.5, 1e21, 123456789012345680, 2 ** 53));
  const cell: fc.Arbitrary<RawCell | { error: string } | { formula: string; result: RawCell }> = fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 4, arbitrary: number },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!").map((error) => ({ error })) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(number, text, fc.boolean())).map(([result]) => ({ formula: "1+1", result })) },
  );
  const sheet = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

  function sheetJsBook(rows: ReturnType<typeof sheet.generate>["value"], sst: boolean): Uint8Array {
    const ws: XLSX.WorkSheet = {};
    let maxC = 0;
    rows.forEach((r, ri) =>
      r.forEach((v, ci) => {
        if (v === null) return;
        maxC = Math.max(maxC, ci);
        const ref = XLSX.utils.encode_cell({ r: ri, c: ci });
        if (typeof v === "object" && "error" in v) ws[ref] = { t: "e", v: { "#N/A": 0x2a, "#DIV/0!": 0x07, "#VALUE!": 0x0f }[v.error] };
        else if (typeof v === "object") ws[ref] = { t: typeof v.result === "number" ? "n" : typeof v.result === "boolean" ? "b" : "s", v: v.result ?? "", f: v.formula };
        else ws[ref] = { t: typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s", v };
      }),
    );
    ws["!ref"] = `A1:${XLSX.utils.encode_cell({ r: Math.max(0, rows.length - 1), c: maxC })}`;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "表1");
    return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: sst, compression: true }) as ArrayBuffer);
  }

  it("on random sheets written by SheetJS, with and without shared strings", () => {
    fc.assert(
      fc.property(sheet, fc.boolean(), (rows, sst) => expectSame(sheetJsBook(rows, sst))),
      { numRuns: 40 },
    );
  });

  it("on random sheets written by ExcelJS", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async (rows) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("学生");
        rows.forEach((r, ri) =>
          r.forEach((v, ci) => {
            if (v === null) return;
            const c = ws.getCell(ri + 1, ci + 1);
            if (typeof v === "object" && "error" in v) c.value = { error: v.error } as ExcelJS.CellErrorValue;
            else if (typeof v === "object") c.value = { formula: v.formula, result: v.result ?? "" } as ExcelJS.CellFormulaValue;
            else c.value = v;
          }),
        );
        expectSame(new Uint8Array(await wb.xlsx.writeBuffer()));
      }),
      { numRuns: 40 },
    );
  });
});
