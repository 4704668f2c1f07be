import { makeResidentId } from "../../validators/test-ids";
import { memberIdRequired } from "./member-id-required";
import { fakeContext, makeRow } from "./test-helpers";

const ID = makeResidentId({ birthDate: "20190304" });
const PARENT_ID = makeResidentId({ birthDate: "19880512", seq: 21 });
const members = (m1: string, m2 = "", t1 = "居民身份证") => ({
  "member1.idType": m1 ? t1 : "",
  "member1.idNumber": m1,
  "member2.idType": m2 ? "居民身份证" : "",
  "member2.idNumber": m2,
});

function codes(values: Record<string, string>) {
  const ctx = fakeContext();
  memberIdRequired.check(makeRow(values, 5), ctx);
  return ctx.reports;
}

describe("member-id-required", () => {
  it("is quiet when the student has an ID number", () => {
    expect(codes({ idType: "居民身份证", idNumber: ID, ...members("") })).toEqual([]);
  });

  it("is quiet when a student without an ID has a member with one", () => {
    expect(codes({ idType: "其他", idNumber: "", ...members("", PARENT_ID) })).toEqual([]);
    expect(codes({ idType: "其他", idNumber: "", ...members(PARENT_ID) })).toEqual([]);
  });

  it("asks for a member ID when neither the student nor a member has one", () => {
    expect(codes({ idType: "其他", idNumber: "", ...members("") })).toEqual([{ code: "row/member-id-required", row: 5, key: "member1.idNumber" }]);
  });

  it("treats an empty student number under a real ID type as no ID", () => {
    expect(codes({ idType: "居民身份证", idNumber: "", ...members("") })).toHaveLength(1);
  });

  it("does not count a member whose ID type is 其他", () => {
    expect(codes({ idType: "其他", idNumber: "", ...members("ABC123", "", "其他") })).toHaveLength(1);
  });

  it("says nothing on a sheet without member columns (new-entrant list)", () => {
    expect(codes({ idType: "其他", idNumber: "" })).toEqual([]);
  });
});
