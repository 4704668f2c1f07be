import { blocksByBytes, isPayloadLimitError, measuredBytesPerCell, rowsForBudget } from "./payload";

describe("payload sizing", () => {
  it("fits rows to the budget and the row cap", () => {
    expect(rowsForBudget(73, 24, 4_000_000)).toBe(Math.floor(4_000_000 / (73 * 24)));
    expect(rowsForBudget(1, 1, 4_000_000, 20_000)).toBe(20_000);
    expect(rowsForBudget(16384, 5000, 1000)).toBe(1);
  });

  it("measures bytes per cell with headroom", () => {
    const values = [["abcdefgh", 12345678]];
    const raw = JSON.stringify(values).length / 2;
    expect(measuredBytesPerCell(values, 2)).toBeGreaterThanOrEqual(raw);
  });

  it("splits rows into blocks whose JSON stays under the budget", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ["测试学生".repeat(1 + (i % 5)), i, "x".repeat(i % 40)]);
    const blocks = blocksByBytes(rows, 5000);
    expect(blocks[0][0]).toBe(0);
    expect(blocks[blocks.length - 1][1]).toBe(1000);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i][0]).toBe(blocks[i - 1][1]);
    for (const [a, b] of blocks) expect(JSON.stringify(rows.slice(a, b)).length).toBeLessThanOrEqual(5000);
  });

  it("recognises the web payload errors only", () => {
    expect(isPayloadLimitError({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadLimitError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadLimitError({ code: "InvalidArgument" })).toBe(false);
    expect(isPayloadLimitError(null)).toBe(false);
  });
});
