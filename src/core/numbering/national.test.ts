import { getProfile } from "../profiles";
import { fakeContext, fakeRows } from "../rules/table/test-fakes";
import { makeResidentId } from "../validators/test-ids";
import { generateNumbers } from "./index";

const ctxOf = () => fakeContext(getProfile("national")!);
const idA = makeResidentId({ birthDate: "20190301", seq: 11 });
const idB = makeResidentId({ birthDate: "20190302", seq: 12 });

describe("national register numbers", () => {
  it("gives G + ID to rows without a number, whether or not the sheet has the column", () => {
    const ctx = ctxOf();
    const withColumn = generateNumbers(fakeRows([{ idNumber: idA, idType: "居民身份证", registerNumber: "" }]), ctx);
    expect(withColumn).toEqual([{ row: 2, key: "registerNumber", value: "G" + idA, scheme: "national" }]);
    const noColumn = generateNumbers(fakeRows([{ idNumber: idB }], { columns: ["idNumber"] }), ctx);
    expect(noColumn.map((n) => n.value)).toEqual(["G" + idB]);
    expect(ctx.issues).toEqual([]);
  });

  it("never invents J or L numbers: rows without a usable resident ID get a note", () => {
    const ctx = ctxOf();
    const broken = idA.slice(0, 17) + (idA[17] === "0" ? "1" : "0");
    const numbers = generateNumbers(
      fakeRows([{ idNumber: "" }, { idNumber: broken }, { idNumber: "E12345678", idType: "护照" }, { idNumber: idA, idType: "港澳台居民居住证" }]),
      ctx,
    );
    expect(numbers).toEqual([]);
    expect(ctx.issues.map((i) => [i.code, i.row])).toEqual([
      ["number/national-assigns", 2],
      ["number/national-assigns", 3],
      ["number/national-assigns", 4],
      ["number/national-assigns", 5],
    ]);
  });

  it("keeps a valid number even when it differs from the current ID, with or without overwrite", () => {
    const rows = fakeRows([{ idNumber: idA, registerNumber: "G" + idB }, { idNumber: idB, registerNumber: "L110105201903021234" }]);
    expect(generateNumbers(rows, ctxOf())).toEqual([]);
    const ctx = ctxOf();
    expect(generateNumbers(rows, ctx, { overwrite: true })).toEqual([]);
    expect(ctx.issues).toEqual([{ code: "number/valid-kept", params: { count: 2 } }]);
  });

  it("replaces an invalid number only when asked to overwrite", () => {
    const rows = fakeRows([{ idNumber: idA, registerNumber: "G123" }]);
    expect(generateNumbers(rows, ctxOf())).toEqual([]);
    expect(generateNumbers(rows, ctxOf(), { overwrite: true }).map((n) => n.value)).toEqual(["G" + idA]);
  });

  it("judges a birth date in the future by the check's today, not the clock", () => {
    const ctx = ctxOf(); // today 2026-09-15
    const unborn = makeResidentId({ birthDate: "20261001", seq: 7 });
    expect(generateNumbers(fakeRows([{ idNumber: unborn }]), ctx)).toEqual([]);
    expect(ctx.codes()).toEqual(["number/national-assigns"]);
  });

  it("does not hand one number to two rows sharing an ID", () => {
    const ctx = ctxOf();
    const numbers = generateNumbers(fakeRows([{ idNumber: idA }, { idNumber: idA.toLowerCase() }, { idNumber: idB }]), ctx);
    expect(numbers.map((n) => n.row)).toEqual([4]);
    expect(ctx.codes()).toEqual(["number/id-duplicated", "number/id-duplicated"]);
  });
});
