import { ColumnMemo, MEMO_LIMIT, type CellOutcome } from "./column-memo";

const outcome = (value: string): CellOutcome => ({ value, fixes: undefined, done: true, findings: null, quiet: true });

describe("ColumnMemo", () => {
  it("gives back what was worked out for the same cell, and keeps 1 and \"1\" apart", () => {
    const memo = new ColumnMemo();
    memo.set("汉", outcome("汉族"));
    memo.set(1, outcome("number 1"));
    memo.set("1", outcome("text 1"));
    expect(memo.get("汉")?.value).toBe("汉族");
    expect(memo.get(1)?.value).toBe("number 1");
    expect(memo.get("1")?.value).toBe("text 1");
    expect(memo.get("蒙古族")).toBeUndefined();
    expect(memo.get("汉 ")).toBeUndefined();
  });

  it("stops taking cells past its limit and then remembers nothing, so a column of distinct IDs costs no memory", () => {
    const memo = new ColumnMemo();
    for (let i = 0; i < MEMO_LIMIT; i++) memo.set(`v${i}`, outcome(`v${i}`));
    expect(memo.open).toBe(true);
    expect(memo.get("v0")?.value).toBe("v0");
    memo.set("one more", outcome("one more"));
    expect(memo.open).toBe(false);
    expect(memo.get("v0")).toBeUndefined();
    expect(memo.get("one more")).toBeUndefined();
    memo.set("v0", outcome("v0"));
    expect(memo.get("v0")).toBeUndefined();
  });
});
