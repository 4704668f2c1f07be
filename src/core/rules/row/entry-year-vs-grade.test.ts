import { entryYearVsGrade } from "./entry-year-vs-grade";
import { fakeContext, makeRow, testProfile } from "./test-helpers";

function codes(grade: string, entryYearMonth: string, today = "20251015", schoolSystem: "6-3" | "5-4" = "6-3"): string[] {
  const ctx = fakeContext({ today, profile: testProfile({ schoolSystem }) });
  entryYearVsGrade.check(makeRow({ grade, entryYearMonth }), ctx);
  return ctx.reports.map((r) => r.code);
}

describe("entry-year-vs-grade", () => {
  it.each([
    ["一年级", "202509"],
    ["三年级", "202309"],
    ["六年级", "202009"],
    ["初一", "202509"],
    ["九年级", "202309"],
    ["高三", "202309"],
  ])("%s entered %s fits in school year 2025", (grade, entry) => {
    expect(codes(grade, entry)).toEqual([]);
  });

  it("treats January–August as the school year that began the previous September", () => {
    expect(codes("一年级", "202509", "20260520")).toEqual([]);
    expect(codes("二年级", "202509", "20260520")).toEqual(["row/entry-year-grade-near"]);
  });

  it("warns when a year off, errs when more", () => {
    expect(codes("二年级", "202509")).toEqual(["row/entry-year-grade-near"]);
    expect(codes("一年级", "202409")).toEqual(["row/entry-year-grade-near"]);
    expect(codes("三年级", "202509")).toEqual(["row/entry-year-grade"]);
    expect(codes("初一", "201909")).toEqual(["row/entry-year-grade"]);
  });

  it("names the entry year the grade implies", () => {
    const ctx = fakeContext({ today: "20251015" });
    entryYearVsGrade.check(makeRow({ grade: "四年级", entryYearMonth: "202509" }), ctx);
    expect(ctx.reports[0]).toMatchObject({ key: "entryYearMonth", value: "202509", params: { grade: "四年级", expectedYear: 2022 } });
  });

  it("follows a 5-4 school system for junior high", () => {
    expect(codes("六年级", "202509", "20251015", "5-4")).toEqual([]);
    expect(codes("六年级", "202509", "20251015", "6-3")).toEqual(["row/entry-year-grade"]);
  });

  it("accepts a summer file written for the coming school year", () => {
    expect(codes("一年级", "202609", "20260720")).toEqual([]);
    expect(codes("一年级", "202509", "20260720")).toEqual([]);
  });

  it("warns about an entry month other than September", () => {
    expect(codes("一年级", "202503", "20251015")).toEqual(["row/entry-month"]);
  });

  it("leaves unreadable values to the field checks", () => {
    expect(codes("一年级", "2025-09")).toEqual([]);
    expect(codes("幼儿园大班", "202509")).toEqual([]);
  });
});
