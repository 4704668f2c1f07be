import { residentIdCheckChar } from "../validators/resident-id";
import { makeResidentId } from "../validators/test-ids";
import { idNumberField } from "./id-number";
import { codesOf, column, runCell } from "./test-helpers";

const ID = column("idNumber", "idNumber");
const MEMBER_ID = column("idNumber", "member1.idNumber");

describe("idNumber: stored as a number", () => {
  it("an 18-digit number has lost its last digits: error, never rebuilt", () => {
    const run = runCell(idNumberField, ID, 110105201503040000);
    expect(run.normalised).toEqual({ value: "1.10105E+17" });
    expect(run.reports).toEqual([{ code: "id/stored-as-number", row: 5, key: "idNumber", value: "1.10105E+17", fix: undefined, params: undefined }]);
  });
  it("scientific notation typed or pasted as text", () => {
    expect(codesOf(runCell(idNumberField, ID, "1.10105E+17"))).toEqual(["id/stored-as-number"]);
    expect(codesOf(runCell(idNumberField, ID, "1.10105e17"))).toEqual(["id/stored-as-number"]);
  });
  it("a 15-digit number is exact, and is a first-generation ID", () => {
    const run = runCell(idNumberField, ID, 110105150304001);
    expect(run.normalised.value).toBe("110105150304001");
    expect(codesOf(run)).toEqual(["id/15-digit"]);
  });
});

describe("idNumber: clean-up fixes", () => {
  it("lower-case x → X", () => {
    // a made-up ID whose check char is X (about one sequence number in eleven gives one)
    const xId = Array.from({ length: 100 }, (_, seq) => makeResidentId({ seq })).find((id) => id.endsWith("X"))!;
    const lower = xId.slice(0, 17) + "x";
    const run = runCell(idNumberField, ID, lower, { birthDate: xId.slice(6, 14) });
    expect(run.normalised).toEqual({ value: xId, fixes: [{ code: "fix/x-uppercase", before: lower, after: xId }] });
    expect(run.reports).toEqual([]);
  });
  it("full-width digits and spaces", () => {
    const id = makeResidentId();
    const wide = [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
    expect(runCell(idNumberField, ID, wide).normalised).toEqual({ value: id, fixes: [{ code: "fix/fullwidth", before: wide, after: id }] });
    const spaced = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    expect(runCell(idNumberField, ID, spaced).normalised.value).toBe(id);
    expect(codesOf(runCell(idNumberField, ID, spaced))).toEqual(["fix/whitespace"]);
  });
});

describe("idNumber: resident ID checks (ID type 居民身份证 or empty)", () => {
  it("a valid ID reports nothing", () => {
    expect(runCell(idNumberField, ID, makeResidentId(), { idType: "居民身份证" }).reports).toEqual([]);
    expect(runCell(idNumberField, ID, makeResidentId()).reports).toEqual([]);
  });
  it("wrong check char, with the expected one", () => {
    const id = makeResidentId();
    const wrong = id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
    const run = runCell(idNumberField, ID, wrong);
    expect(run.reports).toHaveLength(1);
    expect(run.reports[0]).toMatchObject({ code: "id/checksum", value: wrong, params: { expected: id[17] } });
  });
  it.each([
    ["11010520150304", "id/length"],
    ["1101052015030400123", "id/length"],
    ["11010520150304O01X", "id/format"],
    ["110105150304001", "id/15-digit"],
  ])("%s → %s", (id, code) => {
    expect(codesOf(runCell(idNumberField, ID, id))).toEqual([code]);
  });
  it("impossible and future birth dates", () => {
    const feb30 = "11010520150230001";
    expect(codesOf(runCell(idNumberField, ID, feb30 + residentIdCheckChar(feb30)))).toEqual(["id/birthdate-invalid"]);
    expect(codesOf(runCell(idNumberField, ID, makeResidentId({ birthDate: "20251016" })))).toEqual(["id/birthdate-future"]);
  });
  it("regions: unknown province is an error, unknown county a warning, a later code a warning", () => {
    expect(codesOf(runCell(idNumberField, ID, makeResidentId({ region: "990105" })))).toEqual(["id/region-unknown"]);
    const county = runCell(idNumberField, ID, makeResidentId({ region: "110198" }));
    expect(county.reports).toEqual([expect.objectContaining({ code: "id/region-county-unknown", params: { region: "110198", parent: "市辖区" } })]);
    const later = runCell(idNumberField, ID, makeResidentId({ region: "110119", birthDate: "20100101" }));
    expect(later.reports).toEqual([
      expect.objectContaining({ code: "id/region-after-birth", params: { region: "110119", regionName: "延庆区", firstYear: 2015, birthYear: "2010" } }),
    ]);
  });
});

describe("idNumber: agreement with the row (student's own ID only)", () => {
  const id = makeResidentId({ birthDate: "20150304", sex: "女" });
  it("birth date differs from digits 7–14", () => {
    const run = runCell(idNumberField, ID, id, { birthDate: "20150305", sex: "女" });
    expect(run.reports).toEqual([expect.objectContaining({ code: "id/birthdate-mismatch", params: { idBirthDate: "20150304", birthDate: "20150305" } })]);
  });
  it("sex differs from the odd/even 17th digit", () => {
    const run = runCell(idNumberField, ID, id, { birthDate: "20150304", sex: "男" });
    expect(run.reports).toEqual([expect.objectContaining({ code: "id/sex-mismatch", params: { idSex: "女", sex: "男" } })]);
  });
  it("agreeing or missing fields are fine; an unreadable birth date is left to the date check", () => {
    expect(runCell(idNumberField, ID, id, { birthDate: "20150304", sex: "女" }).reports).toEqual([]);
    expect(runCell(idNumberField, ID, id, {}).reports).toEqual([]);
    expect(runCell(idNumberField, ID, id, { birthDate: "2015年", sex: "未知" }).reports).toEqual([]);
  });
  it("a family member's ID is not compared with the student's birth date and sex", () => {
    expect(runCell(idNumberField, MEMBER_ID, id, { birthDate: "20100101", sex: "男" }).reports).toEqual([]);
  });
});

describe("idNumber: other ID types", () => {
  it("uses the person's own ID type: member1.idType for member1.idNumber", () => {
    expect(runCell(idNumberField, MEMBER_ID, "E12345678", { "member1.idType": "护照", idType: "居民身份证" }).reports).toEqual([]);
    expect(codesOf(runCell(idNumberField, MEMBER_ID, "E12345678", { "member1.idType": "居民身份证", idType: "护照" }))).toEqual(["id/length"]);
  });
  it("passport numbers: letters and digits, 5–20", () => {
    expect(runCell(idNumberField, ID, "E12345678", { idType: "护照" }).reports).toEqual([]);
    expect(codesOf(runCell(idNumberField, ID, "E123", { idType: "护照" }))).toEqual(["id/other-format"]);
    expect(codesOf(runCell(idNumberField, ID, "E1234-5678", { idType: "护照" }))).toEqual(["id/other-format"]);
  });
  it("an ID type the list does not know: an 18-character number is still checked as a resident ID", () => {
    const id = makeResidentId();
    const wrong = id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
    expect(codesOf(runCell(idNumberField, ID, wrong, { idType: "身份证号" }))).toEqual(["id/checksum"]);
    expect(codesOf(runCell(idNumberField, ID, "E12345678", { idType: "身份证号" }))).toEqual([]);
  });
  it("other documents: a sane shape, no checksum", () => {
    expect(runCell(idNumberField, ID, "A123456(7)", { idType: "香港特区护照/身份证明" }).reports).toEqual([]);
    expect(codesOf(runCell(idNumberField, ID, "见户口本", { idType: "其他" }))).toEqual(["id/other-format"]);
  });
});
