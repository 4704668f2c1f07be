import { checkName, isForeignIdType, normaliseNameDots } from "./name";

describe("normaliseNameDots", () => {
  it.each(["阿依•买买提", "阿依・买买提", "阿依.买买提", "阿依‧买买提", "阿依∙买买提"])("%s → 阿依·买买提", (s) => {
    expect(normaliseNameDots(s)).toBe("阿依·买买提");
  });
  it("leaves the full stop of a Latin initial alone", () => {
    expect(normaliseNameDots("John A. Smith")).toBe("John A. Smith");
  });
});

describe("checkName", () => {
  it("accepts Chinese names, minority names with ·, Ext A and Ext B characters", () => {
    for (const n of ["张小明", "李·阿依", "阿依古丽·买买提·艾力", "王㐀", "陈\u{20000}明", "欧阳〇"]) {
      expect(checkName(n, false)).toBeNull();
    }
  });
  it("digits are always wrong", () => {
    expect(checkName("张小明2", false)).toEqual({ problem: "digit", chars: "2" });
    expect(checkName("Tom2", true)).toEqual({ problem: "digit", chars: "2" });
  });
  it("Latin letters only with a foreign document", () => {
    expect(checkName("张xiao明", false)).toEqual({ problem: "latin", chars: "xiao" });
    expect(checkName("Tom Smith", false)).toEqual({ problem: "latin", chars: "TomSith" });
    expect(checkName("Tom Smith", true)).toBeNull();
    expect(checkName("John A. Smith", true)).toBeNull();
    expect(checkName("O'Neil-Li", true)).toBeNull();
  });
  it("symbols and misplaced dots", () => {
    expect(checkName("张小明（曾用名）", false)).toEqual({ problem: "symbol", chars: "（）" });
    expect(checkName("张小明?", false)).toEqual({ problem: "symbol", chars: "?" });
    expect(checkName("·阿依", false)).toEqual({ problem: "dot", chars: "·" });
    expect(checkName("阿依··买买提", false)).toEqual({ problem: "dot", chars: "·" });
    expect(checkName("阿依·", false)).toEqual({ problem: "dot", chars: "·" });
    expect(checkName("张 小明", false)).toEqual({ problem: "symbol", chars: " " });
  });
});

describe("isForeignIdType", () => {
  it.each([
    ["护照", true],
    ["境外永久居住证", true],
    ["香港特区护照/身份证明", true],
    ["澳门特区护照/身份证明", true],
    ["台湾居民来往大陆通行证", true],
    ["居民身份证", false],
    ["", false],
    ["其他", false],
  ])("%s → %s", (t, want) => expect(isForeignIdType(t)).toBe(want));
});
