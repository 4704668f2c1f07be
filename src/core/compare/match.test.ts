import { parseGrade } from "../grade";
import { makeResidentId } from "../validators/test-ids";
import { matchRosters } from "./match";
import { rowOf } from "./test-sides";

const idA = makeResidentId({ birthDate: "20170305", sex: "男", seq: 11 });
const idB = makeResidentId({ birthDate: "20170612", sex: "女", seq: 12 });
const g3 = parseGrade("三年级", "6-3");
const pairsOf = (r: ReturnType<typeof matchRosters>) => r.pairs.map((p) => [p.before.row, p.after.row, p.method]);

describe("matchRosters", () => {
  it("pairs by 身份证件号 first, whatever else differs", () => {
    const r = matchRosters(
      [rowOf("before", 2, { idNumber: idA, name: "张小明" }), rowOf("before", 3, { idNumber: idB, name: "李晓红" })],
      [rowOf("after", 5, { idNumber: idB, name: "李晓虹" }), rowOf("after", 9, { idNumber: idA, name: "张小明", gradeInfo: g3 })],
    );
    expect(pairsOf(r)).toEqual([[2, 9, "idNumber"], [3, 5, "idNumber"]]);
    expect(r.onlyBefore).toEqual([]);
    expect(r.onlyAfter).toEqual([]);
  });

  it("then by 姓名+性别+出生日期 when an ID is missing on one side or different", () => {
    const r = matchRosters(
      [rowOf("before", 2, { name: "张小明", sex: "男", birthDate: "20170305" }), rowOf("before", 3, { name: "李晓红", sex: "女", birthDate: "20170612", idNumber: idB })],
      [rowOf("after", 2, { name: "张小明", sex: "男", birthDate: "20170305", idNumber: idA }), rowOf("after", 3, { name: "李晓红", sex: "女", birthDate: "20170612", idNumber: makeResidentId({ birthDate: "20170612", sex: "女", seq: 40 }) })],
    );
    expect(pairsOf(r)).toEqual([[2, 2, "nameSexBirth"], [3, 3, "nameSexBirth"]]);
  });

  it("takes 性别 and 出生日期 from the ID when a roster of 姓名 + 身份证件号 meets one of 姓名 + 性别 + 出生日期", () => {
    const r = matchRosters([rowOf("before", 2, { name: "张小明", idNumber: idA })], [rowOf("after", 4, { name: "张小明", sex: "男", birthDate: "20170305" })]);
    expect(pairsOf(r)).toEqual([[2, 4, "nameSexBirth"]]);
    // the same name with another birthday is someone else
    const other = matchRosters([rowOf("before", 2, { name: "张小明", idNumber: idA })], [rowOf("after", 4, { name: "张小明", sex: "男", birthDate: "20170306" })]);
    expect(other.pairs).toEqual([]);
  });

  it("never pairs two rows to one: a repeated ID pairs once, the repeat is left over and says why", () => {
    const r = matchRosters(
      [rowOf("before", 2, { idNumber: idA, name: "张小明", sex: "男", birthDate: "20170305" })],
      [rowOf("after", 2, { idNumber: idA, name: "张小明", sex: "男", birthDate: "20170305" }), rowOf("after", 7, { idNumber: idA, name: "张小明", sex: "男", birthDate: "20170305" })],
    );
    expect(pairsOf(r)).toEqual([[2, 2, "idNumber"]]);
    expect(r.onlyAfter).toEqual([{ row: expect.objectContaining({ row: 7 }), note: "duplicate-id", count: 2 }]);
    const partners = new Set(r.pairs.flatMap((p) => [p.before, p.after]));
    expect(partners.size).toBe(r.pairs.length * 2);
  });

  it("leaves namesakes (same 姓名+性别+出生日期, no ID) for a person to tell apart instead of guessing", () => {
    const same = { name: "王小明", sex: "男", birthDate: "20160315" };
    const r = matchRosters(
      [rowOf("before", 2, { ...same, className: "1班" }), rowOf("before", 3, { ...same, className: "2班" })],
      [rowOf("after", 2, { ...same, className: "1班" }), rowOf("after", 3, { ...same, className: "2班" })],
    );
    expect(r.pairs).toEqual([]);
    expect(r.onlyBefore.map((u) => [u.row.row, u.note, u.count])).toEqual([[2, "ambiguous-name", 4], [3, "ambiguous-name", 4]]);
    expect(r.onlyAfter.map((u) => u.note)).toEqual(["ambiguous-name", "ambiguous-name"]);
  });

  it("pairs twins each to themselves: same birthday and sex, different names", () => {
    const t = { sex: "女", birthDate: "20160601" };
    const r = matchRosters(
      [rowOf("before", 2, { ...t, name: "陈思远" }), rowOf("before", 3, { ...t, name: "陈思齐" })],
      [rowOf("after", 8, { ...t, name: "陈思齐" }), rowOf("after", 9, { ...t, name: "陈思远" })],
    );
    expect(pairsOf(r)).toEqual([[2, 9, "nameSexBirth"], [3, 8, "nameSexBirth"]]);
  });

  it("never matches on an ID Excel stored as a number, which reads the same for many children", () => {
    const r = matchRosters([rowOf("before", 2, { idNumber: "1.10105E+17", name: "张小明" })], [rowOf("after", 2, { idNumber: "1.10105E+17", name: "李晓红" })]);
    expect(r.pairs).toEqual([]);
  });

  it("says when a row has nothing to be matched by", () => {
    const r = matchRosters([rowOf("before", 2, { name: "张小明" })], []);
    expect(r.onlyBefore).toEqual([{ row: expect.objectContaining({ row: 2 }), note: "no-key" }]);
  });

  it("is linear: 100,000 rows a side are joined in seconds", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => {
      const d = new Date(Date.UTC(2016, 0, 1 + Math.floor(i / 1000)));
      const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
      return makeResidentId({ birthDate: ymd, seq: i % 1000 });
    });
    const before = ids.map((idNumber, i) => rowOf("before", i + 2, { idNumber, name: "张小明" }));
    const after = ids.map((idNumber, i) => rowOf("after", i + 2, { idNumber, name: "张小明" })).reverse();
    const t0 = performance.now();
    const r = matchRosters(before, after);
    // a nested loop would take minutes; the shared test machine gets a wide margin
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.pairs.length).toBe(100_000);
  });
});
