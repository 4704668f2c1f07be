import fc from "fast-check";
import { isCleanResidentId, isValidResidentId, residentIdCheckChar, validateResidentId } from "./resident-id";
import { makeResidentId } from "./test-ids";

const TODAY = { today: "20260101" };
/** 密云区, a code in use since 2015: an ID born there earlier than that gets a warning */
const FIRST_USED_LATE = "110118";

describe("residentIdCheckChar", () => {
  // TEMPLATES.md §4.3 vectors
  it.each([
    ["11010519491231002X", "X"],
    ["440524188001010014", "4"],
    ["370101190102039973", "3"],
    ["513101198201130014", "4"],
    ["110101202311012176", "6"],
    ["110101202311012171", "6"],
  ])("%s → %s", (id, check) => {
    expect(residentIdCheckChar(id.slice(0, 17))).toBe(check);
  });
});

it("residentIdCheckChar gives nothing for input that is not 17 digits", () => {
  expect(residentIdCheckChar("1101051949123100")).toBe("");
  expect(residentIdCheckChar("11010519491231O02")).toBe("");
});

describe("validateResidentId — TEMPLATES.md §4.3 vectors", () => {
  it.each(["11010519491231002X", "440524188001010014", "370101190102039973", "513101198201130014", "110101202311012176"])(
    "%s is valid",
    (id) => {
      expect(validateResidentId(id, TODAY).ok).toBe(true);
      expect(validateResidentId(id).ok).toBe(true);
    },
  );

  it("rejects 110101202311012171 with the expected check char", () => {
    expect(validateResidentId("110101202311012171", TODAY)).toEqual({ ok: false, reason: "checksum", expected: "6" });
    expect(validateResidentId("110101202311012171").ok).toBe(false);
  });

  it("reads birth date, sex and region", () => {
    const r = validateResidentId("11010519491231002X", TODAY);
    expect(r).toEqual({
      ok: true,
      birthDate: "19491231",
      sex: "女",
      region: { code: "110105", name: "朝阳区", known: "county" },
      warnings: [],
    });
    const m = validateResidentId("440524188001010014", TODAY);
    expect(m.ok && m.sex).toBe("男");
  });
});

describe("validateResidentId — why it fails", () => {
  it("15-digit first-generation numbers", () => {
    expect(validateResidentId("110105491231002", TODAY)).toEqual({ ok: false, reason: "fifteen-digit" });
  });
  it("wrong length", () => {
    expect(validateResidentId("1101051949123100", TODAY)).toEqual({ ok: false, reason: "length" });
    expect(validateResidentId("11010519491231002X1", TODAY)).toEqual({ ok: false, reason: "length" });
  });
  it("letters in the body or a bad check character", () => {
    expect(validateResidentId("11010519491231O02X", TODAY)).toEqual({ ok: false, reason: "format" });
    expect(validateResidentId("11010519491231002Y", TODAY)).toEqual({ ok: false, reason: "format" });
  });
  it("impossible birth dates, even with a matching check char", () => {
    const feb30 = "11010520150230001";
    expect(validateResidentId(feb30 + residentIdCheckChar(feb30), TODAY)).toEqual({ ok: false, reason: "birthdate" });
    const month13 = "11010520151301001";
    expect(validateResidentId(month13 + residentIdCheckChar(month13), TODAY)).toEqual({ ok: false, reason: "birthdate" });
  });
  it("leap days", () => {
    expect(validateResidentId(makeResidentId({ birthDate: "20160229" }), TODAY).ok).toBe(true);
    const notLeap = "11010519000229001";
    expect(validateResidentId(notLeap + residentIdCheckChar(notLeap), TODAY)).toEqual({ ok: false, reason: "birthdate" });
  });
  it("birth date after today", () => {
    const id = makeResidentId({ birthDate: "20260102" });
    expect(validateResidentId(id, TODAY)).toEqual({ ok: false, reason: "future" });
    expect(validateResidentId(id, { today: "20260102" }).ok).toBe(true);
  });
  it("a province that never existed is an error", () => {
    expect(validateResidentId(makeResidentId({ region: "990101" }), TODAY)).toEqual({ ok: false, reason: "region" });
  });
  it("an unknown county under a known city is only a warning", () => {
    const r = validateResidentId(makeResidentId({ region: "110198" }), TODAY);
    expect(r).toMatchObject({
      ok: true,
      region: { code: "110198", known: "city" },
      warnings: [{ code: "region-county-unknown", region: "110198", parent: "110100" }],
    });
  });
  it("a historical code (崇文区, abolished 2010) is accepted", () => {
    const r = validateResidentId(makeResidentId({ region: "110103", birthDate: "20050101" }), TODAY);
    expect(r).toMatchObject({ ok: true, warnings: [] });
  });
  it("a code that began after the birth year is a warning (通州区 from 1997)", () => {
    const r = validateResidentId(makeResidentId({ region: "110112", birthDate: "19900101" }), TODAY);
    expect(r).toMatchObject({ ok: true, warnings: [{ code: "region-after-birth", region: "110112", firstYear: 1997 }] });
    expect(validateResidentId(makeResidentId({ region: "110112", birthDate: "19970101" }), TODAY)).toMatchObject({
      warnings: [],
    });
  });
  it("lower-case x is read as X", () => {
    expect(validateResidentId("11010519491231002x", TODAY).ok).toBe(true);
  });
});

describe("validateResidentId — properties", () => {
  const dateArb = fc
    .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ""));

  it("every made-up ID is valid and reads back its date and sex", () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom<"男" | "女">("男", "女"), fc.integer({ min: 0, max: 998 }), (d, sex, seq) => {
        const r = validateResidentId(makeResidentId({ birthDate: d, sex, seq }), TODAY);
        return r.ok && r.birthDate === d && r.sex === sex;
      }),
    );
  });

  it("changing any one digit breaks the checksum or the date", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (d, pos, delta) => {
        const id = makeResidentId({ birthDate: d });
        const digit = (Number(id[pos]) + delta) % 10;
        const bad = id.slice(0, pos) + digit + id.slice(pos + 1);
        return !validateResidentId(bad, TODAY).ok;
      }),
    );
  });

  it("isValidResidentId says what validateResidentId says, for good IDs and one-character slips alike", () => {
    // known, merged away, unknown county, unknown city, unknown province, and one first used in 2010s
    const region = fc.constantFrom("110101", "110104", "110199", "119999", "990101", "320102", FIRST_USED_LATE);
    const char = fc.constantFrom(..."0123456789Xx ");
    fc.assert(
      fc.property(region, dateArb, fc.integer({ min: 0, max: 20 }), char, (code, d, pos, c) => {
        const id = makeResidentId({ region: code, birthDate: d });
        const slipped = pos < 18 ? id.slice(0, pos) + c + id.slice(pos + 1) : pos === 18 ? id.slice(0, 17) : id + c;
        for (const s of [id, slipped]) {
          const r = validateResidentId(s, TODAY);
          expect(isValidResidentId(s, TODAY)).toBe(r.ok);
          expect(isCleanResidentId(s, TODAY)).toBe(r.ok && r.warnings.length === 0);
        }
      }),
    );
    // born after "today"
    expect(isValidResidentId(makeResidentId({ birthDate: "20260102" }), TODAY)).toBe(false);
    expect(isValidResidentId(makeResidentId({ birthDate: "20260101" }), TODAY)).toBe(true);
  });
});
