import { checkPhone, tidyPhone } from "./phone";

describe("checkPhone", () => {
  it("accepts mobiles and fixed lines with area code", () => {
    for (const p of ["13812345678", "19912345678", "010-12345678", "01012345678", "0755-1234567", "(010)12345678", "（010）12345678", "010-12345678-123"]) {
      expect(checkPhone(p)).toBeNull();
    }
  });
  it("a fixed line without area code", () => {
    expect(checkPhone("62345678")).toBe("no-area-code");
    expect(checkPhone("2345678")).toBe("no-area-code");
  });
  it("rejects what cannot be dialled", () => {
    for (const p of ["12812345678", "1381234567", "138123456789", "电话13812345678", "13812345678/13912345678", "110"]) {
      expect(checkPhone(p)).toBe("invalid");
    }
  });
});

describe("tidyPhone", () => {
  it("removes +86 and 0086 before a mobile", () => {
    expect(tidyPhone("+8613812345678")).toEqual({ value: "13812345678", prefix: true });
    expect(tidyPhone("+86 138 1234 5678")).toEqual({ value: "13812345678", prefix: true });
    expect(tidyPhone("008613812345678")).toEqual({ value: "13812345678", prefix: true });
  });
  it("removes separators inside a mobile", () => {
    expect(tidyPhone("138-1234-5678")).toEqual({ value: "13812345678", prefix: false });
    expect(tidyPhone("138 1234 5678")).toEqual({ value: "13812345678", prefix: false });
  });
  it("leaves fixed lines and unknown shapes alone", () => {
    expect(tidyPhone("010-12345678")).toEqual({ value: "010-12345678", prefix: false });
    expect(tidyPhone("+86 10 12345678")).toEqual({ value: "+86 10 12345678", prefix: false });
  });
});
