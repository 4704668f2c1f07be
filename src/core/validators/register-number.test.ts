import { validateRegisterNumber } from "./register-number";
import { residentIdCheckChar } from "./resident-id";
import { makeResidentId } from "./test-ids";

const TODAY = "20251015";

function jNumber(region: string, date: string, seq: string): string {
  const first17 = region + date + seq;
  return "J" + first17 + residentIdCheckChar(first17);
}

describe("validateRegisterNumber", () => {
  it("G + a valid resident ID", () => {
    expect(validateRegisterNumber("G" + makeResidentId(), TODAY)).toEqual({ ok: true });
  });
  it("G with a wrong check char says which one is right", () => {
    const id = makeResidentId();
    const wrong = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
    expect(validateRegisterNumber("G" + wrong, TODAY)).toEqual({ ok: false, problem: "checksum", expected: id[17] });
  });
  it("J: region + date + sequence + GB 11643 check char", () => {
    expect(validateRegisterNumber(jNumber("110105", "20150304", "001"), TODAY)).toEqual({ ok: true });
    const bad = jNumber("110105", "20150304", "001");
    const swapped = bad.slice(0, 18) + (bad[18] === "0" ? "1" : "0");
    expect(validateRegisterNumber(swapped, TODAY)).toMatchObject({ ok: false, problem: "checksum" });
  });
  it("L: region + date + 4 random digits, no checksum", () => {
    expect(validateRegisterNumber("L110105201503041234", TODAY)).toEqual({ ok: true });
    expect(validateRegisterNumber("L110105201503049999", TODAY)).toEqual({ ok: true });
    expect(validateRegisterNumber("L11010520150304123X", TODAY)).toEqual({ ok: false, problem: "format" });
  });
  it("an impossible or future date", () => {
    expect(validateRegisterNumber("L110105201502301234", TODAY)).toEqual({ ok: false, problem: "birthdate" });
    expect(validateRegisterNumber("L110105203001011234", TODAY)).toEqual({ ok: false, problem: "birthdate" });
    expect(validateRegisterNumber(jNumber("110105", "20151301", "001"), TODAY)).toEqual({ ok: false, problem: "birthdate" });
  });
  it("a region that never existed", () => {
    expect(validateRegisterNumber("L990105201503041234", TODAY)).toEqual({ ok: false, problem: "region" });
    expect(validateRegisterNumber("G" + makeResidentId({ region: "990105" }), TODAY)).toEqual({ ok: false, problem: "region" });
  });
  it("19 characters exactly, starting with G, J or L", () => {
    expect(validateRegisterNumber("G" + makeResidentId().slice(0, 17), TODAY)).toEqual({ ok: false, problem: "length" });
    expect(validateRegisterNumber(makeResidentId(), TODAY)).toEqual({ ok: false, problem: "length" });
    expect(validateRegisterNumber("K" + makeResidentId(), TODAY)).toEqual({ ok: false, problem: "prefix" });
    expect(validateRegisterNumber("1" + makeResidentId(), TODAY)).toEqual({ ok: false, problem: "prefix" });
  });
});
