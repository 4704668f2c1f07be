import fc from "fast-check";
import { CHANGED_FULLWIDTH, CHANGED_WHITESPACE, cleanText, needsCleaning } from "./text";

describe("cleanText", () => {
  it("leaves clean text alone (null = nothing to do)", () => {
    for (const s of ["张小明", "上下学距离（公里）", "11010519491231002X", "a b", "自行车（含摩托车、电动自行车）", ""]) {
      expect(cleanText(s)).toBeNull();
    }
  });

  it("trims and removes invisible characters", () => {
    expect(cleanText("  张小明 ")).toEqual({ value: "张小明", changed: CHANGED_WHITESPACE });
    expect(cleanText("\ufeff张\u200b小明")).toEqual({ value: "张小明", changed: CHANGED_WHITESPACE });
    expect(cleanText("张小明\u00a0")).toEqual({ value: "张小明", changed: CHANGED_WHITESPACE });
    expect(cleanText("北京市\r\n朝阳区")).toEqual({ value: "北京市 朝阳区", changed: CHANGED_WHITESPACE });
    expect(cleanText("a\t\tb")).toEqual({ value: "a b", changed: CHANGED_WHITESPACE });
    expect(cleanText("a  b")).toEqual({ value: "a b", changed: CHANGED_WHITESPACE });
    expect(cleanText("\u3000\u3000")).toEqual({ value: "", changed: CHANGED_WHITESPACE });
    expect(cleanText("李\u2003四")).toEqual({ value: "李 四", changed: CHANGED_WHITESPACE });
  });

  it("turns full-width digits, letters and ASCII punctuation half-width", () => {
    expect(cleanText("１１０１０５１９４９１２３１００２ｘ")).toEqual({
      value: "11010519491231002x",
      changed: CHANGED_FULLWIDTH,
    });
    expect(cleanText("２０１５－０３－０４")).toEqual({ value: "2015-03-04", changed: CHANGED_FULLWIDTH });
    expect(cleanText("ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ")).toEqual({ value: "abc@example.com", changed: CHANGED_FULLWIDTH });
  });

  it("keeps the Chinese punctuation the templates write full-width", () => {
    expect(cleanText("公共交通（含城市公交，地铁）　")).toEqual({
      value: "公共交通（含城市公交，地铁）",
      changed: CHANGED_WHITESPACE,
    });
  });

  it("records both kinds of change", () => {
    expect(cleanText(" １３８ ")).toEqual({ value: "138", changed: CHANGED_WHITESPACE | CHANGED_FULLWIDTH });
  });

  it("is idempotent and its output never needs cleaning again", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."a 张１　\u00a0\u2003\u200b\ufeff\t\n（－") }), (s) => {
        const once = cleanText(s);
        const v = once ? once.value : s;
        return cleanText(v) === null;
      }),
    );
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => cleanText(cleanText(s)?.value ?? s) === null));
  });
});

describe("needsCleaning", () => {
  // The specification in one regex: everything cleanText's slow path would touch.
  const SPEC =
    /^\s|\s$|[\t\n\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e]| {2}/;
  const interesting = fc.constantFrom(
    " ", "  ", "\t", "\n", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u200f", "\u2010", "\u2027", "\u2028",
    "\u202e", "\u202f", "\u2030", "\u205e", "\u205f", "\u2064", "\u2065", "\u3000", "\u3001", "\ufeff", "\uff01",
    "\uff08", "\uff10", "\uff21", "\uff5e", "\uff5f", "\u007f", "\u00ad", "a", "9", "张", "·", "（", "）",
  );
  const text = fc.array(fc.oneof(interesting, fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 8 }).map((a) => a.join(""));

  it("agrees with the specification regex on any text", () => {
    fc.assert(fc.property(text, (s) => needsCleaning(s) === SPEC.test(s)), { numRuns: 5000 });
  });

  it("leaves clean text alone and notices each kind of dirt", () => {
    expect(needsCleaning("张小明")).toBe(false);
    expect(needsCleaning("上下学距离（公里）")).toBe(false);
    expect(needsCleaning("a b")).toBe(false);
    for (const dirty of [" 张", "张 ", "张  明", "张\u200b明", "１２", "张\u3000明", "\ufeff张"]) expect(needsCleaning(dirty)).toBe(true);
  });
});
