import { makeResidentId } from "../validators/test-ids";
import { maskDeep, maskIds } from "./mask";

describe("maskIds", () => {
  const id = makeResidentId({ region: "110105", birthDate: "20150304", seq: 2 });

  it("keeps the first 6 and last 4 characters of an 18-character ID", () => {
    expect(maskIds(id)).toBe(`110105********${id.slice(14)}`);
    expect(maskIds("11010520150304002X")).toBe("110105********002X");
    expect(maskIds("11010520150304002x")).toBe("110105********002x");
  });

  it("masks IDs inside register numbers and messages", () => {
    expect(maskIds(`G${id}`)).toBe(`G110105********${id.slice(14)}`);
    expect(maskIds(`身份证件号 ${id} 共出现 2 处`)).toBe(`身份证件号 110105********${id.slice(14)} 共出现 2 处`);
  });

  it("masks old 15-digit IDs", () => {
    expect(maskIds("110105850304123")).toBe("110105******123");
  });

  it("leaves phone numbers, school codes, region codes and dates alone", () => {
    for (const s of ["13800138000", "3141000001", "110105000000", "20150304", "第 12 行", "1101052015030400211"]) {
      expect(maskIds(s)).toBe(s);
    }
  });

  it("masks every string of a nested value and leaves other values alone", () => {
    expect(maskDeep({ a: [id, 3, null], b: { c: `x${id}`, d: true } })).toEqual({
      a: [maskIds(id), 3, null],
      b: { c: `x${maskIds(id)}`, d: true },
    });
  });
});
