import { CellWork, rawText, siblingKey } from "./common";

describe("rawText", () => {
  it("turns cells into text as Excel shows them", () => {
    expect(rawText("张小明")).toBe("张小明");
    expect(rawText(12)).toBe("12");
    expect(rawText(0.1 + 0.2)).toBe("0.3");
    expect(rawText(true)).toBe("TRUE");
    expect(rawText(null)).toBe("");
  });
});

describe("siblingKey", () => {
  it("finds the same person's other field", () => {
    expect(siblingKey("idNumber", "idType")).toBe("idType");
    expect(siblingKey("member2.idNumber", "idType")).toBe("member2.idType");
    expect(siblingKey("member1.name", "idType")).toBe("member1.idType");
  });
});

describe("CellWork", () => {
  const work = new CellWork();
  it("reports one fix per cell, from the text as found to the final value, under the last step's code", () => {
    work.start(" ０１ ");
    work.change("汉族", "fix/code-name");
    expect(work.result()).toEqual({ value: "汉族", fixes: [{ code: "fix/code-name", before: " ０１ ", after: "汉族" }] });
  });
  it("no fix when nothing changed or the cell became empty", () => {
    expect(work.start("汉族").result()).toEqual({ value: "汉族" });
    expect(work.start(" \u200b ").result()).toEqual({ value: "" });
  });
});
