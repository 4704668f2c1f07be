import { blocksByBytes, isPayloadFailure, measuredBytesPerCell, rowsForBudget, utf8Length } from "./payload";

const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

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

  it("measures a Chinese block's bytes per cell in UTF-8, not in string length", () => {
    const values = [["测试学生姓名", "北京市东城区某某街道"]];
    expect(measuredBytesPerCell(values, 2)).toBeGreaterThanOrEqual(utf8(values) / 2);
  });

  it("counts UTF-8 bytes: a Chinese character is 3, an emoji 4", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("测试学生")).toBe(12);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("𠀀")).toBe(4);
    expect(utf8Length("李·阿依")).toBe(new TextEncoder().encode("李·阿依").length);
  });

  it("splits rows into blocks whose JSON stays under the budget in UTF-8 bytes", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ["测试学生".repeat(1 + (i % 5)), i, "x".repeat(i % 40)]);
    const blocks = blocksByBytes(rows, 5000);
    expect(blocks[0][0]).toBe(0);
    expect(blocks[blocks.length - 1][1]).toBe(1000);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i][0]).toBe(blocks[i - 1][1]);
    for (const [a, b] of blocks) expect(utf8(rows.slice(a, b))).toBeLessThanOrEqual(5000);
  });

  it("recognises the web's payload failures, the HTTP 500 it answers as GeneralException included", () => {
    expect(isPayloadFailure({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadFailure({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadFailure({ code: "GeneralException" })).toBe(true);
    expect(isPayloadFailure({ code: "InvalidArgument" })).toBe(false);
    expect(isPayloadFailure(null)).toBe(false);
  });
});
