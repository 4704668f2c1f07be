import { ageOn, isSummer, schoolYear, ym, ymd } from "./calendar";

describe("calendar", () => {
  it("starts the school year in September", () => {
    expect(schoolYear("20250901")).toBe(2025);
    expect(schoolYear("20250831")).toBe(2024);
    expect(schoolYear("20260301")).toBe(2025);
  });

  it("knows the summer months", () => {
    expect([isSummer("20250701"), isSummer("20250831"), isSummer("20250901"), isSummer("20250630")]).toEqual([true, true, false, false]);
  });

  it("parses dates and year-months, rejecting malformed ones", () => {
    expect(ymd("20190304")).toEqual([2019, 3, 4]);
    expect(ymd("2019-03-04")).toBeNull();
    expect(ymd("20191304")).toBeNull();
    expect(ym("202509")).toEqual([2025, 9]);
    expect(ym("202513")).toBeNull();
    expect(ym("2025 9")).toBeNull();
    expect(ymd("20190300")).toBeNull();
    expect(ymd("２０１９0304")).toBeNull();
  });

  it("counts full years, the birthday itself included", () => {
    expect(ageOn([2019, 8, 31], 2025, 8, 31)).toBe(6);
    expect(ageOn([2019, 9, 1], 2025, 8, 31)).toBe(5);
    expect(ageOn([2016, 2, 29], 2025, 2, 28)).toBe(8);
    expect(ageOn([2016, 2, 29], 2025, 3, 1)).toBe(9);
  });
});
