import { checkPostcode } from "./postcode";
import { checkRegionCode, padCountyCode } from "./region-code";
import { isEmail, isInteger, isNumber, isSchoolCode, isUrl } from "./simple-formats";

describe("checkPostcode", () => {
  it("6 digits", () => {
    expect(checkPostcode("100020")).toBeNull();
    expect(checkPostcode("010010")).toBeNull();
  });
  it("5 digits: a postcode that lost its leading zero", () => expect(checkPostcode("10010")).toBe("lost-zero"));
  it("anything else", () => {
    for (const p of ["1000200", "10002a", "邮编100020"]) expect(checkPostcode(p)).toBe("format");
  });
});

describe("region codes", () => {
  it("pads a 6-digit county code", () => {
    expect(padCountyCode("110105")).toBe("110105000000");
    expect(padCountyCode("11010")).toBeNull();
    expect(padCountyCode("110105000000")).toBeNull();
  });
  it("12 digits whose county existed (also historically)", () => {
    expect(checkRegionCode("110105000000")).toBeNull();
    expect(checkRegionCode("110103001002")).toBeNull(); // 崇文区, abolished 2010
  });
  it("unknown county or wrong shape", () => {
    expect(checkRegionCode("990105000000")).toBe("unknown");
    expect(checkRegionCode("110198000000")).toBe("unknown");
    expect(checkRegionCode("110105")).toBe("format");
    expect(checkRegionCode("北京市朝阳区")).toBe("format");
  });
});

describe("simple formats", () => {
  it("school code: 10 digits", () => {
    expect(isSchoolCode("2142001636")).toBe(true);
    expect(isSchoolCode("214200163")).toBe(false);
    expect(isSchoolCode("21420016360")).toBe(false);
  });
  it("email", () => {
    expect(isEmail("test.parent@example.com")).toBe(true);
    expect(isEmail("parent@163")).toBe(false);
    expect(isEmail("parent@@example.com")).toBe(false);
    expect(isEmail("家长@example.com")).toBe(false);
  });
  it("url", () => {
    expect(isUrl("https://www.example.edu.cn/a?b=1")).toBe(true);
    expect(isUrl("www.example.cn")).toBe(true);
    expect(isUrl("无")).toBe(false);
    expect(isUrl("http://")).toBe(false);
  });
  it("integer and number", () => {
    expect(isInteger("12")).toBe(true);
    expect(isInteger("1.5")).toBe(false);
    expect(isInteger("-3")).toBe(false);
    expect(isNumber("2.5")).toBe(true);
    expect(isNumber("2.")).toBe(false);
    expect(isNumber("约2公里")).toBe(false);
  });
});
