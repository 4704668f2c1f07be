import { parseProfile } from "../../profiles";
import { makeResidentId } from "../../validators/test-ids";
import { firstMemberMissing } from "./first-member-missing";
import { memberIdRequired } from "./member-id-required";
import { fakeContext, makeRow } from "./test-helpers";

const EMPTY_MEMBER1 = {
  "member1.name": "",
  "member1.relation": "",
  "member1.phone": "",
  "member1.guardian": "",
  "member1.idType": "",
  "member1.idNumber": "",
};

function run(values: Record<string, string>, profile = parseProfile({ extends: "national", id: "t" })) {
  const ctx = fakeContext({ profile });
  for (const rule of [memberIdRequired, firstMemberMissing]) rule.check(makeRow(values, 7), ctx);
  return ctx.reports;
}

describe("first-member-missing", () => {
  const student = { idType: "居民身份证", idNumber: makeResidentId({ birthDate: "20190304" }) };

  it("warns (national profile) when 成员1 is entirely empty", () => {
    expect(run({ ...student, ...EMPTY_MEMBER1 })).toEqual([{ code: "row/first-member-missing", row: 7, key: "member1.name" }]);
  });

  it("is an error where a profile makes it one, as a county's importer does", () => {
    const strict = parseProfile({ extends: "national", id: "strict", familyMembers: { firstMissing: "error" } });
    expect(run({ ...student, ...EMPTY_MEMBER1 }, strict)).toEqual([{ code: "row/first-member-missing", row: 7, key: "member1.name", severity: "error" }]);
  });

  it("is quiet once any of 成员1's fields is filled", () => {
    expect(run({ ...student, ...EMPTY_MEMBER1, "member1.phone": "13800000000" })).toEqual([]);
  });

  it("keeps the member-ID rule an error beside it when the student has no ID either", () => {
    expect(run({ idType: "其他", idNumber: "", ...EMPTY_MEMBER1 }).map((r) => [r.code, r.severity])).toEqual([
      ["row/member-id-required", undefined],
      ["row/first-member-missing", undefined],
    ]);
  });

  it("says nothing on a sheet without 成员1 columns (new-entrant list)", () => {
    expect(firstMemberMissing.appliesTo!((k) => k in student, undefined as never)).toBe(false);
    expect(run(student)).toEqual([]);
  });

  it("rejects a misspelt setting in a county's profile", () => {
    expect(() => parseProfile({ extends: "national", id: "bad", familyMembers: { firstMissing: "fatal" } })).toThrow(/familyMembers/);
  });
});
