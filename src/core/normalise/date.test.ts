import fc from "fast-check";
import { excelSerialToYmd, parseDate, parseYearMonth } from "./date";

describe("excelSerialToYmd (1900 date system)", () => {
  it("serial 1 is 1900-01-01 and 59 is 1900-02-28", () => {
    expect(excelSerialToYmd(1)).toBe("19000101");
    expect(excelSerialToYmd(59)).toBe("19000228");
  });
  it("serial 60 is Excel's fictitious 1900-02-29 and is refused", () => {
    expect(excelSerialToYmd(60)).toBeNull();
  });
  it("serial 61 is 1900-03-01 (one more than a plain day count from then on)", () => {
    expect(excelSerialToYmd(61)).toBe("19000301");
    expect(excelSerialToYmd(42067)).toBe("20150304");
    expect(excelSerialToYmd(45658)).toBe("20250101");
  });
  it("drops a time of day and refuses serials outside Excel's range", () => {
    expect(excelSerialToYmd(42067.75)).toBe("20150304");
    expect(excelSerialToYmd(0)).toBeNull();
    expect(excelSerialToYmd(-5)).toBeNull();
    expect(excelSerialToYmd(2958466)).toBeNull();
    expect(excelSerialToYmd(2958465)).toBe("99991231");
  });
  it("agrees with JavaScript's calendar for every serial from 61", () => {
    const base = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 80000 }), (n) => {
        const iso = new Date(base + n * 86400000).toISOString();
        return excelSerialToYmd(n) === iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
      }),
    );
  });
});

describe("parseDate", () => {
  it.each([
    ["20150304", "as-is"],
    ["2015-3-4", "format"],
    ["2015/03/04", "format"],
    ["2015.3.4", "format"],
    ["2015年3月4日", "format"],
    ["2015 年 3 月 4 日", "format"],
    ["2015-03-04 00:00:00", "format"],
    ["2015/3/4 0:00", "format"],
    ["2015-03-04T00:00:00.000Z", "format"],
  ])("%s → 20150304 (%s)", (input, via) => {
    expect(parseDate(input)).toEqual({ ok: true, value: "20150304", via });
  });

  it("numbers: 8 digits are YYYYMMDD, smaller numbers Excel serials", () => {
    expect(parseDate(20150304)).toEqual({ ok: true, value: "20150304", via: "as-is" });
    expect(parseDate(42067)).toEqual({ ok: true, value: "20150304", via: "serial" });
    expect(parseDate(60)).toEqual({ ok: false, reason: "invalid" });
  });

  it("impossible dates are errors, not fixes", () => {
    for (const s of ["20150230", "2015-2-30", "2015年13月1日", "20190229", "2015.04.31"]) {
      expect(parseDate(s)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(parseDate(20150230)).toEqual({ ok: false, reason: "invalid" });
    expect(parseDate("20200229")).toMatchObject({ ok: true });
  });

  it("two-digit years are reported, not guessed", () => {
    for (const s of ["15-3-4", "15.03.04", "15年3月4日", "3/4/15"]) {
      expect(parseDate(s)).toEqual({ ok: false, reason: "two-digit-year" });
    }
  });

  it("a year and month, or a bare year, are incomplete", () => {
    for (const s of ["201503", "2015-03", "2015年3月", "2015"]) expect(parseDate(s)).toEqual({ ok: false, reason: "incomplete" });
    expect(parseDate(2015)).toEqual({ ok: false, reason: "incomplete" });
  });

  it("anything else is unrecognised", () => {
    for (const s of ["三月四日", "2015-03-04-05", "abc", "2015304"]) expect(parseDate(s)).toEqual({ ok: false, reason: "unrecognised" });
    expect(parseDate(123456789)).toEqual({ ok: false, reason: "unrecognised" });
  });

  it("round-trips every real date written with separators", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom("-", "/", "."),
        (d, sep) => {
          const y = d.getUTCFullYear();
          const m = d.getUTCMonth() + 1;
          const day = d.getUTCDate();
          const want = String(y * 10000 + m * 100 + day);
          const r = parseDate(`${y}${sep}${m}${sep}${day}`);
          return r.ok && r.value === want;
        },
      ),
    );
  });
});

describe("parseYearMonth", () => {
  it.each([
    ["201509", "201509", "as-is"],
    ["2015-09", "201509", "format"],
    ["2015.9", "201509", "format"],
    ["2015年9月", "201509", "format"],
    ["2015/9", "201509", "format"],
    ["2015-09-01", "201509", "format"],
    ["20150901", "201509", "format"],
  ])("%s → %s", (input, value, via) => {
    expect(parseYearMonth(input)).toEqual({ ok: true, value, via });
  });

  it("numbers: 201509, 20150901, Excel serials and 2015.9", () => {
    expect(parseYearMonth(201509)).toEqual({ ok: true, value: "201509", via: "as-is" });
    expect(parseYearMonth(20150901)).toEqual({ ok: true, value: "201509", via: "format" });
    expect(parseYearMonth(42248)).toEqual({ ok: true, value: "201509", via: "serial" });
    expect(parseYearMonth(2015.9)).toEqual({ ok: true, value: "201509", via: "format" });
    expect(parseYearMonth(2015.12)).toEqual({ ok: true, value: "201512", via: "format" });
  });

  it("the number 2015.1 may have been typed as 2015.10: refused as ambiguous", () => {
    expect(parseYearMonth(2015.1)).toEqual({ ok: false, reason: "ambiguous-month" });
    // typed as text, 2015.1 is plainly January
    expect(parseYearMonth("2015.1")).toEqual({ ok: true, value: "201501", via: "format" });
  });

  it("reports impossible months, two-digit years and bare years", () => {
    expect(parseYearMonth("201513")).toEqual({ ok: false, reason: "invalid" });
    expect(parseYearMonth("2015-00")).toEqual({ ok: false, reason: "invalid" });
    expect(parseYearMonth("15.9")).toEqual({ ok: false, reason: "two-digit-year" });
    expect(parseYearMonth("15年9月")).toEqual({ ok: false, reason: "two-digit-year" });
    expect(parseYearMonth(2015)).toEqual({ ok: false, reason: "incomplete" });
    expect(parseYearMonth("九月")).toEqual({ ok: false, reason: "unrecognised" });
  });
});
