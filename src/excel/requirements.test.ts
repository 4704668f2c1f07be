import { detectApiSupport } from "./requirements";

describe("detectApiSupport", () => {
  it("asks for the ExcelApi versions it relies on", () => {
    const asked: string[] = [];
    const office2019 = (name: string, v: string) => {
      asked.push(`${name} ${v}`);
      return Number(v.split(".")[1]) <= 7;
    };
    expect(detectApiSupport(office2019, "PC")).toEqual({ createWorkbook: false, rangeAreas: false, web: false, mac: false });
    expect(asked).toEqual(["ExcelApi 1.8", "ExcelApi 1.9"]);
  });

  it("knows the web and Mac by platform", () => {
    const all = () => true;
    expect(detectApiSupport(all, "OfficeOnline")).toMatchObject({ web: true, mac: false, rangeAreas: true, createWorkbook: true });
    expect(detectApiSupport(all, "Mac")).toMatchObject({ web: false, mac: true });
  });
});
