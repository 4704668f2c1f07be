import * as XLSX from "@e965/xlsx";
import { writeZip } from "../zip/write-zip";
import { openZip } from "../zip/zip-archive";
import { readWorkbookParts, resolveTarget } from "./workbook-parts";

const enc = new TextEncoder();
const budget = () => ({ remaining: 1e8 });
const zipOf = (files: Record<string, string>) =>
  openZip(writeZip(Object.entries(files).map(([name, text]) => ({ name, data: enc.encode(text) }))));

describe("resolveTarget", () => {
  it("resolves relative, climbing and absolute targets", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "../data/s.xml")).toBe("data/s.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/s2.xml")).toBe("xl/worksheets/s2.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });
});

describe("readWorkbookParts", () => {
  it("finds sheets, order, states and parts of a SheetJS workbook", () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["a"]]), "学生");
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["b"]]), "代码");
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 2 }], WBProps: { date1904: true } };
    const bytes: Uint8Array = XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: true });
    const parts = readWorkbookParts(openZip(new Uint8Array(bytes)), budget());
    expect(parts.workbookPath).toBe("xl/workbook.xml");
    expect(parts.sheets.map((s) => [s.name, s.state])).toEqual([
      ["学生", "visible"],
      ["代码", "veryHidden"],
    ]);
    expect(parts.sheets[0].path).toMatch(/^xl\/worksheets\/sheet\d\.xml$/);
    expect(parts.date1904).toBe(true);
    expect(parts.sharedStringsPath).toBe("xl/sharedStrings.xml");
    expect(parts.stylesPath).toBe("xl/styles.xml");
  });

  it("follows _rels/.rels to a workbook elsewhere, with prefixes, absolute targets and entities", () => {
    const zip = zipOf({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>`,
      "book/main.xml": `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="0"/><x:sheets><x:sheet name="B&amp;C" sheetId="7" state="hidden" r:id="r2"/><x:sheet name="一" sheetId="3" r:id="r1"/></x:sheets></x:workbook>`,
      "book/_rels/main.xml.rels": `<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/ws/one.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../ws/two.xml"/><Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="r4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calc.xml"/></Relationships>`,
      "ws/one.xml": "<worksheet/>",
      "ws/two.xml": "<worksheet/>",
    });
    const parts = readWorkbookParts(zip, budget());
    expect(parts).toEqual({
      workbookPath: "book/main.xml",
      date1904: false,
      sheets: [
        { name: "B&C", path: "ws/two.xml", state: "hidden", sheetId: "7", rId: "r2" },
        { name: "一", path: "ws/one.xml", state: "visible", sheetId: "3", rId: "r1" },
      ],
      sharedStringsPath: "book/strings.xml",
      calcChainPath: "book/calc.xml",
    });
  });

  it("falls back to [Content_Types] when there is no package rels", () => {
    const zip = zipOf({
      "[Content_Types].xml": `<Types><Override PartName="/wb.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>`,
      "wb.xml": `<workbook><sheets><sheet name="S" sheetId="1" r:id="a"/></sheets></workbook>`,
      "_rels/wb.xml.rels": `<Relationships><Relationship Id="a" Type="x/worksheet" Target="s.xml"/></Relationships>`,
    });
    const parts = readWorkbookParts(zip, budget());
    expect(parts.workbookPath).toBe("wb.xml");
    expect(parts.sheets.map((s) => s.path)).toEqual(["s.xml"]);
  });

  it("a zip without a workbook is unsupported", () => {
    expect(() => readWorkbookParts(zipOf({ "xl/workbook.bin": "x" }), budget())).toThrow(
      expect.objectContaining({ reason: "unsupported" }),
    );
  });
});
