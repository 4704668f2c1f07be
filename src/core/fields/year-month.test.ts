import { codesOf, column, runCell } from "./test-helpers";
import { yearMonthField } from "./year-month";

const ENTRY = column("yearMonth", "entryYearMonth");

describe("yearMonth field", () => {
  it("YYYYMM text needs nothing", () => {
    expect(runCell(yearMonthField, ENTRY, "201509")).toEqual({ normalised: { value: "201509" }, reports: [] });
  });
  it.each([
    ["2015-09", "fix/date-format"],
    ["2015.9", "fix/date-format"],
    ["2015年9月", "fix/date-format"],
    [2015.9, "fix/date-format"],
    [42248, "fix/date-serial"],
  ])("%s → 201509 (%s)", (raw, code) => {
    const run = runCell(yearMonthField, ENTRY, raw);
    expect(run.normalised).toEqual({ value: "201509", fixes: [{ code, before: String(raw), after: "201509" }] });
    expect(run.reports).toEqual([]);
  });
  it("the number 201509 is already right", () => {
    expect(runCell(yearMonthField, ENTRY, 201509)).toEqual({ normalised: { value: "201509" }, reports: [] });
  });
  it.each([
    ["201513", "cell/month-invalid"],
    ["15年9月", "cell/month-two-digit-year"],
    [2015.1, "cell/month-ambiguous"],
    ["九月", "cell/month-unrecognised"],
    ["2015", "cell/month-unrecognised"],
  ])("%s → %s", (raw, code) => {
    expect(codesOf(runCell(yearMonthField, ENTRY, raw))).toEqual([code]);
  });
  it("not after this month, not before 1900", () => {
    expect(codesOf(runCell(yearMonthField, ENTRY, "202511"))).toEqual(["cell/month-future"]);
    expect(codesOf(runCell(yearMonthField, ENTRY, "202510"))).toEqual([]);
    expect(codesOf(runCell(yearMonthField, ENTRY, "189912"))).toEqual(["cell/month-too-early"]);
  });
});
