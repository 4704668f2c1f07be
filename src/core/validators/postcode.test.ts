import { checkPostcode } from "./postcode";

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
