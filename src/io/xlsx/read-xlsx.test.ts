import { readError } from "../test-read-error";
import { writeZip } from "../zip/write-zip";
import { readXlsx } from "./read-xlsx";

const enc = new TextEncoder();
const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A minimal workbook from hand-written parts, so each test controls the XML exactly */
function book(sheets: { name: string; xml: string; state?: string }[], opts: { sst?: string; workbookPr?: string } = {}): Uint8Array {
  const files: Record<string, string> = {
    "_rels/.rels": `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<x:workbook ${NS}>${opts.workbookPr ?? ""}<x:sheets>${sheets
      .map((s, i) => `<x:sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="s${i}"/>`)
      .join("")}</x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships>${sheets
      .map((_, i) => `<Relationship Id="s${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`)
      .join("")}${opts.sst ? `<Relationship Id="ss" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i}.xml`] = `<x:worksheet ${NS}><x:sheetData>${s.xml}</x:sheetData></x:worksheet>`));
  if (opts.sst) files["xl/sharedStrings.xml"] = `<x:sst ${NS}>${opts.sst}</x:sst>`;
  return writeZip(Object.entries(files).map(([name, text]) => ({ name, data: enc.encode(text) })));
}

describe("readXlsx", () => {
  it("reads prefixed XML, cells without r, rows without r and every cell type", () => {
    const xml =
      `<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c t="n"><x:v>-1.5</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>` +
      `<x:row><x:c t="str"><x:f>A1</x:f><x:v>a&amp;amp;b</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>甲</x:t></x:r><x:r><x:t xml:space="preserve"> 乙</x:t></x:r></x:is></x:c><x:c s="3"/></x:row>` +
      `<x:row r="5"/>`;
    const sst = `<x:si><x:t>张_x000D_三</x:t></x:si>`;
    const [t] = readXlsx(book([{ name: "学生", xml }], { sst }), "a.xlsx");
    expect(t.rows).toEqual([[], [null, "张\r三", -1.5, true, "#N/A"], ["a&b", "甲 乙"]]);
    expect(t.sheet).toBe("学生");
    expect(t.source).toBe("a.xlsx");
  });

  it("leaves phonetic runs out of shared strings", () => {
    const sst = `<x:si><x:r><x:t>山田</x:t></x:r><x:rPh sb="0" eb="2"><x:t>ヤマダ</x:t></x:rPh><x:r><x:t>太郎</x:t></x:r></x:si>`;
    const [t] = readXlsx(book([{ name: "S", xml: `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>` }], { sst }), "a.xlsx");
    expect(t.rows).toEqual([["山田太郎"]]);
  });

  it("reports hidden rows, sheet states and the 1904 flag", () => {
    const xml = `<x:row r="1" hidden="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="3" hidden="true"><x:c r="A3"><x:v>2</x:v></x:c></x:row>`;
    const tables = readXlsx(
      book([{ name: "A", xml }, { name: "B", xml: "", state: "veryHidden" }], { workbookPr: `<x:workbookPr date1904="1"/>` }),
      "a.xlsx",
    );
    expect(tables[0]).toMatchObject({ hiddenRows: [1, 3], date1904: true });
    expect(tables[0].state).toBeUndefined();
    expect(tables[1]).toMatchObject({ sheet: "B", state: "veryHidden", rows: [] });
  });

  it("drops trailing rows that hold only empty text", () => {
    const xml = `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="str"><x:v></x:v></x:c></x:row>`;
    expect(readXlsx(book([{ name: "S", xml }]), "a.xlsx")[0].rows).toEqual([[1]]);
  });

  it("refuses a shared-string index out of range as corrupt, not as an empty sheet", () => {
    const xml = `<x:row r="1"><x:c r="A1" t="s"><x:v>7</x:v></x:c></x:row>`;
    expect(readError(() => readXlsx(book([{ name: "S", xml }], { sst: "<x:si><x:t>a</x:t></x:si>" }), "a.xlsx")).kind).toBe("corrupt");
  });

  it("refuses sheet XML cut off inside a cell", () => {
    expect(readError(() => readXlsx(book([{ name: "S", xml: `<x:row r="1"><x:c r="A1"><x:v>1` }]), "a.xlsx")).kind).toBe("corrupt");
  });

  it("refuses a zip cut short as corrupt", () => {
    const bytes = book([{ name: "S", xml: `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>` }]);
    expect(readError(() => readXlsx(bytes.subarray(0, bytes.length - 40), "a.xlsx")).kind).toBe("corrupt");
  });

  it("refuses rows past 1,048,576 and columns past XFD with a message saying how to split", () => {
    const rowErr = readError(() => readXlsx(book([{ name: "S", xml: `<x:row r="1048577"><x:c r="A1048577"><x:v>1</x:v></x:c></x:row>` }]), "a.xlsx"));
    expect(rowErr.kind).toBe("too-large");
    expect(rowErr.message).toMatch(/1,048,576.*拆分/);
    const colErr = readError(() => readXlsx(book([{ name: "S", xml: `<x:row r="1"><x:c r="XFE1"><x:v>1</x:v></x:c></x:row>` }]), "a.xlsx"));
    expect(colErr.kind).toBe("too-large");
    expect(readXlsx(book([{ name: "S", xml: `<x:row r="1"><x:c r="XFD1"><x:v>1</x:v></x:c></x:row>` }]), "a.xlsx")[0].rows[0][16383]).toBe(1);
  });

  it("places a cell without r after the previous one, valueless cells included", () => {
    const xml = `<x:row r="1">${"<x:c/>".repeat(1000)}<x:c><x:v>1</x:v></x:c></x:row>`;
    expect(readXlsx(book([{ name: "S", xml }]), "a.xlsx")[0].rows[0]).toHaveLength(1001);
  });
});
