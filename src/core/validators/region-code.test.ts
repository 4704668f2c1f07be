import { checkRegionCode, padCountyCode } from "./region-code";

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
