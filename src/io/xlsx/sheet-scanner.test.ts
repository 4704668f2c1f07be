import { SheetScanner } from "./sheet-scanner";

const XML =
  `<?xml version="1.0"?><x:worksheet xmlns:x="s"><x:dimension ref="A1:C3"/><x:sheetData>` +
  `<x:row r="1" hidden="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>学籍 &amp; 甲</x:t></x:is></x:c></x:row>` +
  `<x:row><x:c><x:v>1.5</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c s="2"/><x:c t="str"><x:v>a&lt;b</x:v></x:c></x:row>` +
  `<x:row r="4"><x:c r="C4" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData><x:mergeCells/></x:worksheet>`;

function scan(pieces: string[]) {
  const s = new SheetScanner(["张三"], { count: 0, area: 0 }, "a.xlsx");
  pieces.forEach((p, i) => s.push(p, i === pieces.length - 1));
  return s.table();
}

describe("SheetScanner", () => {
  const whole = scan([XML]);

  it("reads the sheet in one piece", () => {
    expect(whole.rows).toEqual([["张三", "学籍 & 甲"], [1.5, true, null, "a<b"], [], [null, null, "#N/A"]]);
    expect(whole.hiddenRows).toEqual([1]);
  });

  it("gives the same table wherever the text is cut, in two pieces or in many", () => {
    for (let at = 0; at <= XML.length; at++) expect(scan([XML.slice(0, at), XML.slice(at)])).toEqual(whole);
    for (const size of [1, 3, 7, 50]) {
      const pieces = Array.from({ length: Math.ceil(XML.length / size) }, (_, i) => XML.slice(i * size, (i + 1) * size));
      expect(scan([...pieces, ""])).toEqual(whole);
    }
  });

  it("refuses a sheet that ends inside a cell or a tag, however it was cut", () => {
    const cut = XML.slice(0, XML.indexOf("<x:v>1.5") + 6);
    expect(() => scan([cut])).toThrow(/cut off/);
    expect(() => scan([cut.slice(0, 40), cut.slice(40), ""])).toThrow(/cut off/);
    expect(() => scan([XML.slice(0, XML.indexOf("<x:row r=\"4\"") + 5)])).toThrow(/cut off/);
  });

  it("has no rows when the part has no sheetData", () => {
    expect(scan(["<worksheet>", "</worksheet>"]).rows).toEqual([]);
  });
});

describe("SheetScanner: a plain <v>…</v>, read in place", () => {
  const cells = [
    `<c r="A1" t="s"><v>1</v></c>`, // a shared string by its index
    `<c r="B1"><v>007</v></c>`, // leading zeros: 7, as parseFloat reads it
    `<c r="C1" t="n"><v>123456789012345</v></c>`, // 15 digits, exact
    `<c r="D1"><v>110101201501011234</v></c>`, // an 18-digit ID typed as a number: parseFloat's rounding
    `<c r="E1"><v>-2.5E3</v></c>`,
    `<c r="F1" t="b"><v>1</v></c>`,
    `<c r="G1" t="str"><v>12</v></c>`, // a formula's text result stays text
    `<c r="H1"><v></v></c>`, // no value: no cell
    `<c r="I1" t="s"><v>0</v><f>x</f></c>`, // more than a <v>: the general path
  ];
  const xml = `<worksheet><sheetData><row r="1">${cells.join("")}</row></sheetData></worksheet>`;
  const read = (pieces: string[]) => {
    const s = new SheetScanner(["甲", "乙"], { count: 0, area: 0 }, "a.xlsx");
    pieces.forEach((p, i) => s.push(p, i === pieces.length - 1));
    return s.table().rows;
  };

  it("reads each value as the general path does", () => {
    expect(read([xml])).toEqual([["乙", 7, 123456789012345, parseFloat("110101201501011234"), -2500, true, "12", null, "甲"]]);
  });

  it("gives the same wherever the text is cut", () => {
    const whole = read([xml]);
    for (let at = 0; at <= xml.length; at++) expect(read([xml.slice(0, at), xml.slice(at)])).toEqual(whole);
  });

  it("refuses a shared-string index past the table", () => {
    expect(() => read([`<worksheet><sheetData><row><c t="s"><v>2</v></c></row></sheetData></worksheet>`])).toThrow(/shared string 2 out of range/);
  });
});
