import type { Template } from "../../model/template";
import { entryAge } from "./entry-age";
import { fakeContext, makeRow, testProfile } from "./test-helpers";

const NEW_ENTRANT: Template = { id: "new-entrant", name: "新生名单", description: "", source: "", columns: [], identifyBy: [] };

function reports(values: Record<string, string>, opts: Parameters<typeof fakeContext>[0] = {}) {
  const ctx = fakeContext({ today: "20251015", ...opts });
  entryAge.check(makeRow(values), ctx);
  return ctx.reports;
}

describe("entry-age", () => {
  it("accepts a child who turns 6 on the cut-off day itself", () => {
    expect(reports({ grade: "一年级", birthDate: "20190831", entryYearMonth: "202509" })).toEqual([]);
  });

  it("rejects a child who turns 6 the day after the cut-off", () => {
    expect(reports({ grade: "一年级", birthDate: "20190901", entryYearMonth: "202509" })).toEqual([
      { code: "row/entry-age-young", row: 3, key: "birthDate", value: "20190901", params: { age: 5, minAge: 6, cutoff: "2025-08-31" } },
    ]);
  });

  it("warns about a child older than maxAge", () => {
    const r = reports({ grade: "1", birthDate: "20170831", entryYearMonth: "202509" });
    expect(r.map((x) => x.code)).toEqual(["row/entry-age-old"]);
    expect(r[0].params).toMatchObject({ age: 8, maxAge: 7 });
    expect(reports({ grade: "1", birthDate: "20180831", entryYearMonth: "202509" })).toEqual([]);
  });

  it("uses the profile's cut-off and minimum age", () => {
    const profile = testProfile({ entryAge: { cutoff: "09-01", minAge: 6, maxAge: 7 } });
    // born 1 September 2019: 6 on 2025-09-01, so fine with a 09-01 cut-off
    expect(reports({ grade: "一年级", birthDate: "20190901", entryYearMonth: "202509" }, { profile })).toEqual([]);
  });

  it("takes the current school year when 入学年月 is missing", () => {
    // today 2026-03-01 belongs to school year 2025
    expect(reports({ grade: "一年级", birthDate: "20190901" }, { today: "20260301" }).map((r) => r.code)).toEqual(["row/entry-age-young"]);
    expect(reports({ grade: "一年级", birthDate: "20190801" }, { today: "20260301" })).toEqual([]);
  });

  it("reads a new-entrant list prepared in summer as the coming September's entrants", () => {
    expect(reports({ birthDate: "20200801" }, { today: "20260715", template: NEW_ENTRANT })).toEqual([]);
    expect(reports({ birthDate: "20200901" }, { today: "20260715", template: NEW_ENTRANT }).map((r) => r.code)).toEqual(["row/entry-age-young"]);
  });

  it("checks only the first grade of primary school", () => {
    expect(reports({ grade: "二年级", birthDate: "20190901", entryYearMonth: "202409" })).toEqual([]);
    expect(reports({ grade: "七年级", birthDate: "20190901", entryYearMonth: "202509" })).toEqual([]);
    expect(reports({ grade: "", birthDate: "20190901", entryYearMonth: "202509" })).toEqual([]);
  });

  it("leaves a malformed birth date to the date check", () => {
    expect(reports({ grade: "一年级", birthDate: "2019-09-01", entryYearMonth: "202509" })).toEqual([]);
  });
});
