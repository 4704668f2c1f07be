import { flagField } from "./flag";
import { codesOf, column, runCell } from "./test-helpers";

const FLAG = column("flag", "onlyChild");

describe("flag field", () => {
  it.each([
    ["是", "是", []],
    ["Y", "是", ["fix/code-name"]],
    ["1", "是", ["fix/code-name"]],
    ["0", "否", ["fix/code-name"]],
  ])("%s → %s", (input, value, codes) => {
    const run = runCell(flagField, FLAG, input);
    expect(run.normalised.value).toBe(value);
    expect(codesOf(run)).toEqual(codes);
  });
  it("Excel TRUE/FALSE cells and numbers 1/0", () => {
    expect(runCell(flagField, FLAG, true).normalised.value).toBe("是");
    expect(runCell(flagField, FLAG, false).normalised.value).toBe("否");
    expect(runCell(flagField, FLAG, 1).normalised.value).toBe("是");
  });
  it("anything else is cell/enum", () => {
    expect(codesOf(runCell(flagField, FLAG, "不是"))).toEqual(["cell/enum"]);
  });
});
