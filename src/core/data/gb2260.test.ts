import { regionInfo, regionInfoAt, regionKnown } from "./gb2260";

describe("GB/T 2260 lookups", () => {
  it("finds a county by its six digits, alone or at the start of an ID number", () => {
    expect(regionInfo("110101")?.name).toBe("东城区");
    expect(regionInfoAt("11010120190305001X", 0)?.code).toBe("110101");
    expect(regionInfoAt("G11010120190305001X", 1)?.code).toBe("110101");
  });

  it("answers undefined for codes that never existed and for text that is not six digits", () => {
    expect(regionInfo("999999")).toBeUndefined();
    expect(regionInfo("11010")).toBeUndefined();
    expect(regionInfo("1101011")).toBeUndefined();
    expect(regionInfo("11010X")).toBeUndefined();
    expect(regionInfoAt("11010", 0)).toBeUndefined();
    expect(regionInfoAt("110101", 1)).toBeUndefined();
  });

  it("keeps codes no longer in use, since IDs issued under them stay valid", () => {
    // 宣武区 merged into 西城区 in 2010
    expect(regionInfo("110104")?.spans.at(-1)?.[2]).not.toBeNull();
  });

  it("says how much of an unknown code is known", () => {
    expect(regionKnown("110101")).toBe("county");
    expect(regionKnown("110199")).toBe("city");
    expect(regionKnown("119999")).toBe("province");
    expect(regionKnown("990000")).toBe("none");
  });
});
