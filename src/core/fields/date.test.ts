import { dateField } from "./date";
import { codesOf, column, fakeContext, runCell } from "./test-helpers";

const BIRTH = column("date", "birthDate");

describe("date field", () => {
  it("YYYYMMDD text needs nothing", () => {
    expect(runCell(dateField, BIRTH, "20150304")).toEqual({ normalised: { value: "20150304" }, reports: [] });
  });
  it.each([
    ["2015-3-4", "fix/date-format"],
    ["2015年3月4日", "fix/date-format"],
    ["2015/03/04 00:00:00", "fix/date-format"],
    [42067, "fix/date-serial"],
  ])("%s → 20150304 (%s)", (raw, code) => {
    const run = runCell(dateField, BIRTH, raw);
    expect(run.normalised).toEqual({ value: "20150304", fixes: [{ code, before: String(raw), after: "20150304" }] });
    expect(run.reports).toEqual([]);
  });
  it("the number 20150304 reads as the same date, with nothing visible to fix", () => {
    expect(runCell(dateField, BIRTH, 20150304)).toEqual({ normalised: { value: "20150304" }, reports: [] });
  });
  it("full-width digits", () => {
    expect(codesOf(runCell(dateField, BIRTH, "２０１５０３０４"))).toEqual(["fix/fullwidth"]);
  });
  it.each([
    ["20150230", "cell/date-invalid"],
    ["2015-2-30", "cell/date-invalid"],
    ["15-3-4", "cell/date-two-digit-year"],
    ["2015-03", "cell/date-incomplete"],
    ["三月四日", "cell/date-unrecognised"],
    [60, "cell/date-invalid"],
  ])("%s → %s, value kept as found", (raw, code) => {
    const run = runCell(dateField, BIRTH, raw);
    expect(run.normalised.value).toBe(String(raw));
    expect(codesOf(run)).toEqual([code]);
  });
  it("not after today, not before 1900", () => {
    const ctx = fakeContext({ today: "20251015" });
    expect(codesOf(runCell(dateField, BIRTH, "20251016", {}, ctx))).toEqual(["cell/date-future"]);
    expect(codesOf(runCell(dateField, BIRTH, "20251015", {}, ctx))).toEqual([]);
    expect(codesOf(runCell(dateField, BIRTH, "18991231", {}, ctx))).toEqual(["cell/date-too-early"]);
  });
});
