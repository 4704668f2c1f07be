import { isEmail, isInteger, isNumber, isSchoolCode, isUrl } from "./simple-formats";

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
