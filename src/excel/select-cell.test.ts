import { OfficeMockObject } from "office-addin-mock";
import { selectCell } from "./select-cell";

jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

describe("selectCell", () => {
  it("activates the sheet and selects the cell by its A1 address", async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          sheet: {
            activate: () => calls.push("activate"),
            getRange: (address: string) => {
              calls.push(`getRange ${address}`);
              return { select: () => calls.push("select") };
            },
          },
          getItem: (name: string) => {
            calls.push(`getItem ${name}`);
            return mock.workbook.worksheets.sheet;
          },
        },
      },
    });
    await selectCell(mock as unknown as Excel.RequestContext, "学生信息", 5, 26);
    expect(calls).toEqual(["getItem 学生信息", "activate", "getRange AA5", "select"]);
  });
});
