import { columnRuns, MAX_ADDRESS_CHARS, packAddresses, qualifiedAddress, runAddress } from "./cell-runs";

describe("columnRuns", () => {
  it("merges consecutive rows of a column and keeps gaps apart", () => {
    const runs = columnRuns([
      { row: 5, col: 2 },
      { row: 7, col: 2 },
      { row: 6, col: 2 },
      { row: 9, col: 2 },
      { row: 5, col: 0 },
    ]);
    expect(runs).toEqual([
      { col: 0, top: 5, bottom: 5 },
      { col: 2, top: 5, bottom: 7 },
      { col: 2, top: 9, bottom: 9 },
    ]);
  });

  it("counts a cell listed twice once", () => {
    expect(columnRuns([{ row: 3, col: 1 }, { row: 3, col: 1 }, { row: 4, col: 1 }])).toEqual([{ col: 1, top: 3, bottom: 4 }]);
  });

  it("handles the last row Excel has", () => {
    expect(columnRuns([{ row: 1048576, col: 16383 }])).toEqual([{ col: 16383, top: 1048576, bottom: 1048576 }]);
  });
});

describe("addresses", () => {
  it("writes single cells and runs in A1 style", () => {
    expect(runAddress({ col: 6, top: 5, bottom: 5 })).toBe("G5");
    expect(runAddress({ col: 26, top: 2, bottom: 40 })).toBe("AA2:AA40");
  });

  it("packs runs into lists no longer than the cap, losing none", () => {
    const runs = Array.from({ length: 3000 }, (_, i) => ({ col: i % 60, top: i * 3 + 2, bottom: i * 3 + 2 + (i % 2) }));
    const packed = packAddresses(runs);
    expect(packed.length).toBeGreaterThan(1);
    for (const p of packed) expect(p.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    expect(packed.join(",").split(",")).toEqual(runs.map(runAddress));
  });

  it("quotes sheet names, doubling apostrophes", () => {
    expect(qualifiedAddress("一年级(1)班", "C5")).toBe("'一年级(1)班'!C5");
    expect(qualifiedAddress("O'Neil", "A1")).toBe("'O''Neil'!A1");
  });
});
