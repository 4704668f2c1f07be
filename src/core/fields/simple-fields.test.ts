import { emailField, integerField, numberField, schoolCodeField, urlField } from "./simple-fields";
import { codesOf, column, runCell } from "./test-helpers";

describe("pattern kinds", () => {
  it("school code", () => {
    const c = column("schoolCode", "schoolCode");
    expect(runCell(schoolCodeField, c, 2142001636).reports).toEqual([]);
    expect(codesOf(runCell(schoolCodeField, c, "214200163"))).toEqual(["cell/school-code"]);
  });
  it("email and url", () => {
    expect(runCell(emailField, column("email", "email"), "parent@example.com").reports).toEqual([]);
    expect(codesOf(runCell(emailField, column("email", "email"), "parent.example.com"))).toEqual(["cell/email"]);
    expect(runCell(urlField, column("url", "homepage"), "http://www.example.cn").reports).toEqual([]);
    expect(codesOf(runCell(urlField, column("url", "homepage"), "无"))).toEqual(["cell/url"]);
  });
  it("integer: 3.0 → 3; 2.5 is not whole", () => {
    const c = column("integer", "classSerial");
    expect(runCell(integerField, c, "3.0").normalised).toEqual({ value: "3", fixes: [{ code: "fix/number-format", before: "3.0", after: "3" }] });
    expect(runCell(integerField, c, 3).normalised).toEqual({ value: "3" });
    expect(codesOf(runCell(integerField, c, 2.5))).toEqual(["cell/not-integer"]);
  });
  it("number: unit removed, floats as Excel shows them", () => {
    const c = column("number", "distance");
    expect(runCell(numberField, c, "2.5公里").normalised).toEqual({ value: "2.5", fixes: [{ code: "fix/number-unit", before: "2.5公里", after: "2.5" }] });
    expect(runCell(numberField, c, 0.1 + 0.2).normalised).toEqual({ value: "0.3" });
    expect(codesOf(runCell(numberField, c, "约两公里"))).toEqual(["cell/not-number"]);
  });
});
