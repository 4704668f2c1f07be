import fc from "fast-check";
import { checkPhone } from "../validators/phone";
import { checkName } from "../validators/name";
import { cleanText } from "./text";
import { allBasicHan, allDigits, isPlainIdShape, isPlainMobile } from "./char-class";

describe("char classes for the fast paths", () => {
  it("allDigits looks only at its range", () => {
    expect(allDigits("0123456789")).toBe(true);
    expect(allDigits("12a4", 0, 2)).toBe(true);
    expect(allDigits("12a4")).toBe(false);
    expect(allDigits("１２")).toBe(false); // full-width digits need the clean-up first
  });

  it("isPlainIdShape takes 17 digits and a digit or X, nothing else", () => {
    expect(isPlainIdShape("11010120190305001X")).toBe(true);
    expect(isPlainIdShape("110101201903050012")).toBe(true);
    expect(isPlainIdShape("11010120190305001x")).toBe(false);
    expect(isPlainIdShape("11010120190305001")).toBe(false);
    expect(isPlainIdShape("1101012019030500 12")).toBe(false);
    expect(isPlainIdShape("X10101201903050012")).toBe(false);
  });

  it("isPlainMobile agrees with the phone check on 11-character strings", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[0-9][0-9 ]{9}$/), (s) => {
        expect(isPlainMobile(s)).toBe(/^1[3-9]\d{9}$/.test(s));
        if (isPlainMobile(s)) expect(checkPhone(s)).toBeNull();
      }),
    );
    expect(isPlainMobile("13800138000")).toBe(true);
    expect(isPlainMobile("12800138000")).toBe(false);
    expect(isPlainMobile("1380013800")).toBe(false);
  });

  it("a name allBasicHan accepts is a valid name for any ID type, and has nothing for the clean-up", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 6 }), (name) => {
        expect(allBasicHan(name)).toBe(true);
        expect(checkName(name, false)).toBeNull();
        expect(checkName(name, true)).toBeNull();
        expect(cleanText(name)).toBeNull();
      }),
    );
    expect(allBasicHan("")).toBe(false);
    expect(allBasicHan("阿依·买买提")).toBe(false);
    expect(allBasicHan("张 三")).toBe(false);
  });
});
