import { codesOf, column, runCell } from "./test-helpers";
import { textField } from "./text";

describe("text field", () => {
  it("cleans and checks length", () => {
    const c = column("text", "specialty", { maxLength: 5 });
    expect(runCell(textField, c, " 钢琴\u200b")).toEqual({
      normalised: { value: "钢琴", fixes: [{ code: "fix/whitespace", before: " 钢琴\u200b", after: "钢琴" }] },
      reports: [],
    });
    expect(codesOf(runCell(textField, c, "钢琴、绘画、书法"))).toEqual(["cell/too-long"]);
    expect(runCell(textField, column("text", "className"), "一（1）班").normalised).toEqual({ value: "一（1）班" });
  });
  it("a cell of only spaces becomes empty without a fix", () => {
    expect(runCell(textField, column("text", "specialty"), "  ")).toEqual({ normalised: { value: "" }, reports: [] });
  });
});
