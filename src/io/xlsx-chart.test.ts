import ExcelJS from "exceljs";
import JSZip from "jszip";
import { injectColumnChart, withDrawing, type ChartSpec } from "./xlsx-chart";

const spec: ChartSpec = {
  sheetName: "数据",
  title: "标题 <&>",
  categories: "'数据'!$A$2:$A$3",
  series: [{ name: "人数", ref: "'数据'!$B$2:$B$3", color: "4472C4" }],
  anchor: { fromCol: 3, fromRow: 1, toCol: 10, toRow: 15 },
};

describe("withDrawing", () => {
  it("puts <drawing> before the parts the schema wants after it, and declares the r: namespace", () => {
    const xml = '<worksheet xmlns="main"><sheetData/><pageMargins/><tableParts count="0"/><extLst/></worksheet>';
    expect(withDrawing(xml, "rId4")).toBe(
      '<worksheet xmlns="main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><pageMargins/><drawing r:id="rId4"/><tableParts count="0"/><extLst/></worksheet>',
    );
  });

  it("appends at the end of a sheet with nothing after the drawing", () => {
    const xml = '<worksheet xmlns:r="r"><sheetData/></worksheet>';
    expect(withDrawing(xml, "rId1")).toBe('<worksheet xmlns:r="r"><sheetData/><drawing r:id="rId1"/></worksheet>');
  });
});

describe("injectColumnChart", () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("封面");
    const ws = wb.addWorksheet("数据");
    ws.addRows([["班级", "人数"], ["1班", 40], ["2班", 50]]);
    ws.getCell("A1").value = { text: "链接", hyperlink: "https://example.invalid" };
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("finds the sheet by name, keeps its other relationships and escapes the title", async () => {
    const zip = await JSZip.loadAsync(await injectColumnChart(await workbook(), spec));
    const rels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    expect(rels).toContain("hyperlink");
    expect(rels).toContain('Target="../drawings/drawing1.xml"');
    expect(zip.file("xl/worksheets/_rels/sheet1.xml.rels")).toBeNull();
    expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toContain("标题 &lt;&amp;&gt;");
  });

  it("never overwrites a chart already in the package", async () => {
    const once = await injectColumnChart(await workbook(), spec);
    const zip = await JSZip.loadAsync(await injectColumnChart(once, { ...spec, sheetName: "封面", title: "第二个" }));
    expect(await zip.file("xl/charts/chart2.xml")!.async("string")).toContain("第二个");
    expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toContain("标题");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types.match(/charts\/chart\d\.xml/g)).toEqual(["charts/chart1.xml", "charts/chart2.xml"]);
  });

  it("refuses a sheet name the workbook does not have, and a sheet that already has a drawing", async () => {
    await expect(injectColumnChart(await workbook(), { ...spec, sheetName: "没有" })).rejects.toThrow("no sheet named 没有");
    const once = await injectColumnChart(await workbook(), spec);
    await expect(injectColumnChart(once, spec)).rejects.toThrow("already has a drawing");
  });
});
