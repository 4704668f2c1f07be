import { phoneField } from "./phone";
import { postcodeField } from "./postcode";
import { regionField } from "./region";
import { emailField, integerField, numberField, schoolCodeField, urlField } from "./simple-fields";
import { codesOf, column, runCell } from "./test-helpers";
import { textField } from "./text";

describe("phone field", () => {
  const PHONE = column("phone", "phone");
  it("clean numbers need nothing", () => {
    expect(runCell(phoneField, PHONE, "13812345678")).toEqual({ normalised: { value: "13812345678" }, reports: [] });
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

describe("postcode field", () => {
  const POST = column("postcode", "postcode");
  it("6 digits", () => expect(runCell(postcodeField, POST, "100020").reports).toEqual([]));
  it("a 5-digit number lost its leading zero: restored", () => {
    expect(runCell(postcodeField, POST, 10010)).toEqual({
      normalised: { value: "010010", fixes: [{ code: "fix/postcode-zero", before: "10010", after: "010010" }] },
      reports: [],
    });
  });
  it("5 digits typed as text: said, with the likely fix", () => {
    expect(runCell(postcodeField, POST, "10010").reports).toEqual([expect.objectContaining({ code: "cell/postcode-lost-zero", fix: "010010" })]);
  });
  it("other shapes", () => expect(codesOf(runCell(postcodeField, POST, "1000"))).toEqual(["cell/postcode-format"]));
});

describe("region field", () => {
  const REGION = column("region", "householdRegion");
  it("12 digits of a real county", () => {
    expect(runCell(regionField, REGION, "110105000000").reports).toEqual([]);
    expect(runCell(regionField, REGION, 110105000000).reports).toEqual([]);
  });
  it("a 6-digit county code gets 000000", () => {
    expect(runCell(regionField, REGION, "110105")).toEqual({
      normalised: { value: "110105000000", fixes: [{ code: "fix/region-suffix", before: "110105", after: "110105000000" }] },
      reports: [],
    });
  });
  it("unknown county or wrong shape", () => {
    expect(runCell(regionField, REGION, "990105000000").reports).toEqual([expect.objectContaining({ code: "cell/region-unknown", params: { region: "990105" } })]);
    expect(codesOf(runCell(regionField, REGION, "北京市朝阳区"))).toEqual(["cell/region-format"]);
    expect(codesOf(runCell(regionField, REGION, "1101050000"))).toEqual(["cell/region-format"]);
  });
});

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

describe("text field", () => {
  it("cleans and checks length", () => {
    const c = column("text", "specialty", { maxLength: 5 });
    expect(runCell(textField, c, " 钢琴\u200b")).toEqual({
      normalised: { value: "钢琴", fixes: [{ code: "fix/whitespace", before: " 钢琴\u200b", after: "钢琴" }] },
      reports: [],
    });
    expect(codesOf(runCell(textField, c, "钢琴、绘画、书法"))).toEqual(["cell/too-long"]);
    expect(runCell(textField, column("text", "className"), "一（1）班").normalised).toEqual({ value: "一（1）班" });
  });
  it("a cell of only spaces becomes empty without a fix", () => {
    expect(runCell(textField, column("text", "specialty"), "  ")).toEqual({ normalised: { value: "" }, reports: [] });
  });
});
