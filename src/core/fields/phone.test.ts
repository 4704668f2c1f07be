import { phoneField } from "./phone";
import { codesOf, column, runCell } from "./test-helpers";

describe("phone field", () => {
  const PHONE = column("phone", "phone");
  it("clean numbers need nothing", () => {
    // a mobile number as typed is proven valid while normalising
    expect(runCell(phoneField, PHONE, "13812345678")).toEqual({ normalised: { value: "13812345678" }, reports: [], settled: true });
    expect(runCell(phoneField, PHONE, 13812345678).reports).toEqual([]);
    expect(runCell(phoneField, PHONE, "010-12345678").reports).toEqual([]);
  });
  it("+86 removed", () => {
    expect(runCell(phoneField, PHONE, "+86 13812345678").normalised).toEqual({
      value: "13812345678",
      fixes: [{ code: "fix/phone-prefix", before: "+86 13812345678", after: "13812345678" }],
    });
  });
  it("separators inside a mobile removed", () => {
    expect(codesOf(runCell(phoneField, PHONE, "138-1234-5678"))).toEqual(["fix/phone-format"]);
  });
  it("problems", () => {
    expect(codesOf(runCell(phoneField, PHONE, "62345678"))).toEqual(["cell/phone-no-area-code"]);
    expect(codesOf(runCell(phoneField, PHONE, "1381234567"))).toEqual(["cell/phone-invalid"]);
  });
});
