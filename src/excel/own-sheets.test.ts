import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { freeSheetName, freshOwnSheet, ownSheetIds, ownSheetsXml, parseOwnSheetsXml } from "./own-sheets";

describe("the add-in's own sheets", () => {
  it("round-trips the ids through the custom XML part, escaped", () => {
    const ids = ["{6A1B-0001}", 'odd"&<id'];
    expect(parseOwnSheetsXml(ownSheetsXml(ids))).toEqual(new Set(ids));
  });

  it("picks a free name as Excel compares them, ignoring case", () => {
    expect(freeSheetName("Report", ["report", "REPORT (2)"])).toBe("Report (3)");
    expect(freeSheetName("校验报告", ["学生信息"])).toBe("校验报告");
  });

  it("remembers a sheet it made by id, so a rename does not make it the user's", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"]])]);
    const context = asRequestContext(ctx);
    const { name } = await freshOwnSheet(context, "校验报告");
    const made = ctx.workbook.sheet(name);
    made.name = "改过名的报告";
    expect(await ownSheetIds(context)).toEqual(new Set([made.id]));
    expect(ctx.workbook.customXmlParts.parts).toHaveLength(1);
  });
});
