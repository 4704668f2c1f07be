import { groupDuplicates } from "./group-duplicates";

describe("groupDuplicates", () => {
  it("returns only keys seen more than once, in first-seen order, skipping null keys", () => {
    const items = ["b1", "a1", "c1", "b2", "x", "a2", "b3", "", ""];
    const groups = groupDuplicates(items, (s) => (s === "" ? null : s[0]));
    expect(groups).toEqual([
      ["b1", "b2", "b3"],
      ["a1", "a2"],
    ]);
  });

  it("works on any iterable, e.g. rows of several files in a county audit", () => {
    function* rows() {
      yield { file: "甲校.xlsx", id: "1" };
      yield { file: "乙校.xlsx", id: "1" };
      yield { file: "乙校.xlsx", id: "2" };
    }
    expect(groupDuplicates(rows(), (r) => r.id).map((g) => g.map((r) => r.file))).toEqual([["甲校.xlsx", "乙校.xlsx"]]);
  });

  it("stays fast on 200,000 items", () => {
    const items = Array.from({ length: 200_000 }, (_, i) => String(i % 100_000));
    const t0 = performance.now();
    const groups = groupDuplicates(items, (s) => s);
    expect(groups).toHaveLength(100_000);
    // generous for a loaded CI machine; a quadratic grouping would take minutes
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
