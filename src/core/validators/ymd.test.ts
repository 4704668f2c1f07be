import fc from "fast-check";
import { daysInMonth, digitsAt, isLeapYear, isValidYmd } from "./ymd";

describe("ymd helpers", () => {
  it("leap years follow the Gregorian rule", () => {
    expect([1900, 2000, 2015, 2016, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
  it("digitsAt reads digits or says -1", () => {
    expect(digitsAt("ab2015cd", 2, 4)).toBe(2015);
    expect(digitsAt("20a5", 0, 4)).toBe(-1);
  });
  it("isValidYmd: whole 8-character strings, or 8 characters at an offset", () => {
    expect(isValidYmd("20150304")).toBe(true);
    expect(isValidYmd("20150230")).toBe(false);
    expect(isValidYmd("2015034")).toBe(false);
    expect(isValidYmd("201503041")).toBe(false);
    expect(isValidYmd("18991231", 1900)).toBe(false);
    expect(isValidYmd("110105201503040012", 1800, 6)).toBe(true);
  });
  it("agrees with JavaScript's calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`;
        const js = new Date(Date.UTC(y, m - 1, d));
        return isValidYmd(s) === (js.getUTCMonth() === m - 1 && js.getUTCDate() === d);
      }),
    );
  });
});
