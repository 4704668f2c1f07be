import { getProfile, parseProfile } from "../profiles";
import { fakeContext, fakeRows } from "../rules/table/test-fakes";
import { classCode } from "./class-code";
import { generateNumbers } from "./index";

const SCHOOL = { county: "07", ownership: "1", school: "123" };
const datong = () => fakeContext(getProfile("datong")!);

function pupils(n: number, rec: Record<string, string>) {
  return Array.from({ length: n }, () => ({ ...rec }));
}

describe("classCode", () => {
  it("takes the digits of the class name, zero-padded", () => {
    expect(classCode("3班", 3)).toBe("003");
    expect(classCode("（12）班", 3)).toBe("012");
    expect(classCode("０５班", 3)).toBe("005");
    expect(classCode("三班", 3)).toBeNull();
    expect(classCode("1234班", 3)).toBeNull();
  });
});

describe("pattern numbers (大同 YY CC N SSS P KKK NN)", () => {
  const g1 = { entryYearMonth: "202609", grade: "一年级", className: "3班", auxNumber: "" };

  it("builds the 14 digits field by field", () => {
    const numbers = generateNumbers(fakeRows(pupils(2, g1)), datong(), { schoolFields: SCHOOL });
    expect(numbers).toEqual([
      { row: 2, key: "auxNumber", value: "26071123300301", scheme: "大同14位学籍编号" },
      { row: 3, key: "auxNumber", value: "26071123300302", scheme: "大同14位学籍编号" },
    ]);
  });

  it("uses the stage digit of each stage (高中 1, 初中 2, 小学 3) and zero-pads short school values", () => {
    const rows = fakeRows([
      { entryYearMonth: "202409", grade: "初三", className: "1班" },
      { entryYearMonth: "202509", grade: "高二", className: "2班" },
    ]);
    const numbers = generateNumbers(rows, datong(), { schoolFields: { county: "7", ownership: "3", school: "5" } });
    expect(numbers.map((n) => n.value)).toEqual(["24073005200101", "25073005100201"]);
  });

  it("keeps existing numbers and fills the lowest free serials, never colliding", () => {
    const rows = fakeRows([
      { ...g1, auxNumber: "26071123300302" },
      g1,
      { ...g1, auxNumber: "26071123300301" },
      g1,
      g1,
    ]);
    const numbers = generateNumbers(rows, datong(), { schoolFields: SCHOOL });
    expect(numbers.map((n) => [n.row, n.value.slice(-2)])).toEqual([
      [3, "03"],
      [5, "04"],
      [6, "05"],
    ]);
  });

  it("reports one sheet-level error and generates nothing when a school value is missing", () => {
    const ctx = datong();
    expect(generateNumbers(fakeRows([g1]), ctx, { schoolFields: { county: "07", ownership: "1" } })).toEqual([]);
    expect(ctx.issues).toEqual([
      { code: "number/pattern-field-missing", params: { field: "学校代码（school）", value: "", pattern: "大同14位学籍编号" } },
    ]);
    const bad = datong();
    generateNumbers(fakeRows([g1]), bad, { schoolFields: { ...SCHOOL, school: "12A" } });
    expect(bad.codes()).toEqual(["number/pattern-field-invalid"]);
  });

  it("takes school values from the profile when it sets them", () => {
    const own = parseProfile({
      extends: "datong",
      id: "datong-school",
      numbering: {
        scheme: "pattern",
        name: "本校",
        fields: [
          { kind: "literal", length: 2, value: "88" },
          { kind: "class", length: 2 },
          { kind: "serial", length: 3 },
        ],
      },
    });
    const numbers = generateNumbers(fakeRows([{ className: "7班" }]), fakeContext(own));
    expect(numbers).toEqual([{ row: 2, key: "auxNumber", value: "8807001", scheme: "本校" }]);
  });

  it("errors, rather than wraps, when a class needs a 100th serial", () => {
    const ctx = datong();
    const numbers = generateNumbers(fakeRows(pupils(101, g1)), ctx, { schoolFields: SCHOOL });
    expect(numbers).toHaveLength(99);
    expect(numbers[98].value.slice(-2)).toBe("99");
    expect(ctx.issues.map((i) => [i.code, i.row])).toEqual([
      ["number/serial-overflow", 101],
      ["number/serial-overflow", 102],
    ]);
  });

  it("reports per-row problems and numbers the other rows", () => {
    const ctx = datong();
    const numbers = generateNumbers(
      fakeRows([
        { ...g1, entryYearMonth: "2026年9月" },
        { ...g1, grade: "学前班" },
        { ...g1, className: "三班" },
        { ...g1, className: "1001班" },
        g1,
      ]),
      ctx,
      { schoolFields: SCHOOL },
    );
    expect(numbers.map((n) => n.row)).toEqual([6]);
    expect(ctx.issues.map((i) => [i.code, i.key])).toEqual([
      ["number/entry-year-invalid", "entryYearMonth"],
      ["number/stage-unknown", "grade"],
      ["number/class-code-invalid", "className"],
      ["number/class-code-invalid", "className"],
    ]);
  });

  it("flags every class of one school sharing a class code — one class written two ways, or one code in two grades — and numbers none of them", () => {
    const ctx = datong();
    const numbers = generateNumbers(
      fakeRows([g1, { ...g1, className: "(03)班" }, { ...g1, grade: "二年级", entryYearMonth: "202509" }, { ...g1, className: "4班" }, g1]),
      ctx,
      { schoolFields: SCHOOL },
    );
    expect(ctx.issues.map((i) => [i.code, i.row, i.params?.className, i.params?.otherClass])).toEqual([
      ["class/duplicate-code", 2, "一年级3班", "一年级(03)班」「二年级3班"],
      ["class/duplicate-code", 3, "一年级(03)班", "一年级3班」「二年级3班"],
      ["class/duplicate-code", 4, "二年级3班", "一年级3班」「一年级(03)班"],
    ]);
    expect(numbers.map((n) => n.row)).toEqual([5]);
  });

  it("errs on both classes when 一年级 and 二年级 both have a 1班 (全校的班级代码不得重复)", () => {
    const ctx = datong();
    const rows = fakeRows([
      { entryYearMonth: "202609", grade: "一年级", className: "1班" },
      { entryYearMonth: "202509", grade: "二年级", className: "1班" },
      { entryYearMonth: "202509", grade: "2年级", className: "1班" },
    ]);
    expect(generateNumbers(rows, ctx, { schoolFields: SCHOOL })).toEqual([]);
    expect(ctx.issues.map((i) => [i.code, i.row])).toEqual([
      ["class/duplicate-code", 2],
      ["class/duplicate-code", 3],
    ]);
  });

  it("trap: the same class code in another school is allowed, and school-wide codes 101 / 201 are fine", () => {
    const ctx = datong();
    const rows = fakeRows([
      { schoolCode: "1140200001", entryYearMonth: "202609", grade: "一年级", className: "1班" },
      { schoolCode: "1140200002", entryYearMonth: "202609", grade: "一年级", className: "1班" },
      { schoolCode: "1140200001", entryYearMonth: "202609", grade: "一年级", className: "101班" },
      { schoolCode: "1140200001", entryYearMonth: "202509", grade: "二年级", className: "201班" },
    ]);
    expect(generateNumbers(rows, ctx, { schoolFields: SCHOOL })).toHaveLength(4);
    expect(ctx.issues).toEqual([]);
  });

  it("keeps an existing number but warns, naming each part that disagrees with its row", () => {
    const ctx = datong();
    const rows = fakeRows([
      { ...g1, auxNumber: "26071123300301" },
      { ...g1, auxNumber: "25071123200401" },
      { ...g1, grade: "", className: "三班", auxNumber: "26071123200401" },
      g1,
    ]);
    const numbers = generateNumbers(rows, ctx, { schoolFields: SCHOOL });
    expect(numbers.map((n) => [n.row, n.value])).toEqual([[5, "26071123300302"]]);
    const warned = ctx.issues.filter((i) => i.code === "number/existing-mismatch");
    expect(warned.map((i) => [i.row, i.key, i.value])).toEqual([[3, "auxNumber", "25071123200401"]]);
    expect(warned[0].params!.parts).toBe(
      "第1–2位年份代码是 25，按入学年月「202609」应为 26；第9位学段代码是 2，按年级「一年级」应为 3；第10–12位班级代码是 004，按班级「3班」应为 003",
    );
  });

  it("replaces malformed numbers only with overwrite, and keeps well-formed ones", () => {
    const rows = fakeRows([{ ...g1, auxNumber: "2607112330030" }, { ...g1, auxNumber: "26071123300301" }]);
    expect(generateNumbers(rows, datong(), { schoolFields: SCHOOL })).toEqual([]);
    const ctx = datong();
    const numbers = generateNumbers(rows, ctx, { schoolFields: SCHOOL, overwrite: true });
    expect(numbers.map((n) => [n.row, n.value])).toEqual([[2, "26071123300302"]]);
    expect(ctx.codes()).toEqual(["number/valid-kept"]);
  });

  it("asks for nothing when every row already has a number", () => {
    const ctx = datong();
    expect(generateNumbers(fakeRows([{ ...g1, auxNumber: "26071123300301" }]), ctx)).toEqual([]);
    expect(ctx.issues).toEqual([]);
  });
});
