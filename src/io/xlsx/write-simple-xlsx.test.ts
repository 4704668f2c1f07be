import ExcelJS from "exceljs";
import { readWorkbook } from "../read-workbook";
import { writeSimpleXlsx } from "./write-simple-xlsx";

describe("writeSimpleXlsx", () => {
  it("writes a workbook Excel's readers open: bold frozen header, text columns, hidden rows and sheets, safe names", async () => {
    const bytes = writeSimpleXlsx([
      { name: "问题清单", header: true, textColumns: [1], widths: [10, 22], hiddenRows: [3], rows: [["行", "身份证件号"], [5, "11010520190304001X"], [6, "<&>\u0001"]] },
      { name: "a/b:c*?[x]", rows: [[true, 1.5, null, "x"]] },
      { name: "问题清单", state: "hidden", rows: [["重名"]] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["问题清单", "a_b_c__[x]".replace("[", "_").replace("]", "_"), "问题清单_2"]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getCell("B2").numFmt).toBe("@");
    expect(ws.getCell("B2").value).toBe("11010520190304001X");
    expect(ws.getCell("B3").value).toBe("<&>");
    expect(ws.getRow(3).hidden).toBe(true);
    expect(ws.getColumn(2).width).toBe(22);
    expect(wb.worksheets[2].state).toBe("hidden");
    expect(readWorkbook(bytes, "r.xlsx")[1].rows).toEqual([[true, 1.5, null, "x"]]);
  });
});
