import { columnIndex, columnLetter } from "./table";

describe("column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [70, "BS"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%i ↔ %s", (i, s) => {
    expect(columnLetter(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  });
});
