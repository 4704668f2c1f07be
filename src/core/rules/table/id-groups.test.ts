import fc from "fast-check";
import { groupDuplicates } from "./group-duplicates";
import { idGroups, idNumberKey } from "./id-groups";
import { fakeRows } from "./test-fakes";

const rowsOf = (ids: string[]) => fakeRows(ids.map((idNumber) => ({ idNumber })));
const rowNumbers = (groups: { row: number }[][]) => groups.map((g) => g.map((r) => r.row));

describe("idGroups", () => {
  it("groups every row of a repeated ID, in first-seen order, whatever the document", () => {
    const rows = rowsOf([
      "11010120190305001X",
      "E1234567",
      "110101201903050029",
      "11010120190305001x", // the same ID with a lower-case x
      "",
      "e1234567", // a passport number, case aside
      "11010120190305001X",
      "110101201903050011",
    ]);
    expect(rowNumbers(idGroups(rows))).toEqual([
      [2, 5, 8],
      [3, 7],
    ]);
  });

  it("does not take IDs that share their first 15 digits for one (Excel's COUNTIF does)", () => {
    expect(idGroups(rowsOf(["110101201903050011", "110101201903050029", "110101201903050037"]))).toEqual([]);
  });

  it("finds the same groups as the general grouping for any mix of IDs", () => {
    const digit = fc.constantFrom(..."0123456789");
    const id = fc.oneof(
      // few distinct IDs, so that they repeat
      fc.tuple(fc.constantFrom("110101", "320102"), fc.constantFrom("20190305", "20180101"), fc.array(digit, { minLength: 3, maxLength: 3 }), fc.constantFrom("0", "X", "x", "7")).map(([a, b, c, d]) => a + b + c.join("") + d),
      fc.constantFrom("", "E1234567", "e1234567", "1101012019030500", "１１０１"),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), (ids) => {
        const rows = rowsOf(ids);
        expect(rowNumbers(idGroups(rows))).toEqual(rowNumbers(groupDuplicates(rows, idNumberKey)));
      }),
    );
  });

  it("keeps apart IDs whose halves would collide in a careless encoding", () => {
    // same first nine digits, last nine differing only in the check character
    expect(idGroups(rowsOf(["110101201903050010", "11010120190305001X", "110101201903050011"]))).toEqual([]);
  });
});
