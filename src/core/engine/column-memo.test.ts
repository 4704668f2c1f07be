import { ColumnMemo, MEMO_LIMIT, MEMO_TRIAL, type CellOutcome } from "./column-memo";

const outcome = (value: string): CellOutcome => ({ value, fixes: undefined, done: true, findings: null, quiet: true });

/** what the reader does with a cell: look it up, and work it out and offer it when not found */
function meet(memo: ColumnMemo, raw: string | number): void {
  if (memo.get(raw) === undefined) memo.set(raw, outcome(String(raw)));
}

describe("ColumnMemo", () => {
  it("gives back what was worked out for the same cell, and keeps 1 and \"1\" apart", () => {
    const memo = new ColumnMemo();
    memo.set("汉", outcome("汉族"));
    memo.set(1, outcome("number 1"));
    memo.set("1", outcome("text 1"));
    expect(memo.get("汉")?.value).toBe("汉族");
    expect(memo.get(1)?.value).toBe("number 1");
    expect(memo.get("1")?.value).toBe("text 1");
    expect(memo.get("汉 ")).toBeUndefined();
  });

  it("closes on a column whose cells do not repeat (ID numbers), and then remembers nothing", () => {
    const memo = new ColumnMemo();
    for (let i = 0; i < MEMO_TRIAL; i++) meet(memo, `id${i}`);
    expect(memo.open).toBe(true);
    meet(memo, "one more");
    expect(memo.open).toBe(false);
    expect(memo.get("id0")).toBeUndefined();
    memo.set("id0", outcome("id0"));
    expect(memo.get("id0")).toBeUndefined();
  });

  it("stays open on a column whose cells repeat, up to its size limit", () => {
    const memo = new ColumnMemo();
    // every value met twice: as many hits as misses
    for (let i = 0; i < MEMO_LIMIT; i++) {
      meet(memo, `v${i}`);
      meet(memo, `v${i}`);
    }
    expect(memo.open).toBe(true);
    expect(memo.get("v0")?.value).toBe("v0");
    meet(memo, "one too many");
    expect(memo.open).toBe(false);
  });

  it("stays open on a sorted column, whose repeats the caller finds without asking and reports", () => {
    const memo = new ColumnMemo();
    // 1,000 classes of 40 rows each: the memo is asked once per class, told of 39 repeats each time
    for (let c = 0; c < 1000; c++) {
      if (memo.get(`${c}班`) === undefined) memo.set(`${c}班`, outcome(`${c}班`), 39);
    }
    expect(memo.open).toBe(true);
  });
});
