import { RowRemoval, shiftRange, shiftSqref } from "./cell-ref";

describe("row removal", () => {
  const removal = new RowRemoval([5, 7, 8]);

  it("moves later rows up by the rows removed above them", () => {
    expect([1, 4, 6, 9, 20].map((r) => removal.moved(r))).toEqual([1, 4, 5, 6, 17]);
  });

  it("shrinks a range over removed rows and drops one whose rows are all gone", () => {
    expect(shiftRange("A3:C9", removal)).toBe("A3:C6");
    expect(shiftRange("$B$6:$B$6", removal)).toBe("$B$5:$B$5");
    expect(shiftRange("D7:D8", removal)).toBeNull();
    expect(shiftRange("E5", removal)).toBeNull();
    expect(shiftRange("A:A", removal)).toBe("A:A");
    expect(shiftRange("4:9", removal)).toBe("4:6");
  });

  it("keeps the ranges of a list that survive", () => {
    expect(shiftSqref("A3:A9 C7:C8 E10", removal)).toBe("A3:A6 E7");
  });
});
