import { rowMessages } from "../../messages/rows";
import { makeResidentId } from "../../validators/test-ids";
import type { Template } from "../../model/template";
import { rowRules } from ".";
import { fakeContext, makeRow, testProfile } from "./test-helpers";

const GRADUATION: Template = { id: "graduation", name: "毕业生信息", description: "", source: "", columns: [], identifyBy: [] };

/** Rows a registrar could really produce, each breaking at least one rule. */
const BAD_ROWS: Record<string, string>[] = [
  { idType: "其他", idNumber: "", "member1.idType": "", "member1.idNumber": "", "member2.idNumber": "" },
  { inclusive: "视力残疾随班就读", disability: "无残疾", health: "残疾" },
  { inclusive: "非随班就读", disability: "肢体残疾", health: "健康或良好" },
  { grade: "一年级", birthDate: "20200301", entryYearMonth: "202503" },
  { grade: "一年级", birthDate: "20150301", entryYearMonth: "202309" },
  { grade: "二年级", entryYearMonth: "202509" },
  { grade: "八年级", graduationResult: "结业" },
  { leftBehind: "双亲留守儿童", migrantChild: "是" },
];

describe("rowRules", () => {
  it("have unique ids", () => {
    const ids = rowRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("report only codes the catalogue knows, and every row-message code is reachable", () => {
    const ctx = fakeContext({ template: GRADUATION, profile: testProfile() });
    for (const values of BAD_ROWS) for (const rule of rowRules) rule.check(makeRow(values), ctx);
    const reported = new Set(ctx.reports.map((r) => r.code));
    for (const code of reported) expect(rowMessages[code]).toBeDefined();
    expect([...reported].sort()).toEqual(Object.keys(rowMessages).sort());
  });

  it("are quiet on a consistent row", () => {
    const ctx = fakeContext({ today: "20251015" });
    const row = makeRow({
      idType: "居民身份证",
      idNumber: makeResidentId({ birthDate: "20190304" }),
      "member1.name": "王大明",
      "member1.idNumber": "",
      birthDate: "20190304",
      grade: "一年级",
      entryYearMonth: "202509",
      inclusive: "非随班就读",
      disability: "无残疾",
      health: "健康或良好",
      leftBehind: "非留守儿童",
      migrantChild: "是",
    });
    for (const rule of rowRules) rule.check(row, ctx);
    expect(ctx.reports).toEqual([]);
  });
});

describe("rowRules' appliesTo", () => {
  const has = (values: Record<string, string>) => (key: string) => key in values;
  const templates = [GRADUATION, { ...GRADUATION, id: "national-2013" }, { ...GRADUATION, id: "new-entrant" }];
  // and sheets with only some of a rule's columns
  const sheets = [...BAD_ROWS, { entryYearMonth: "202503" }, { birthDate: "20200301" }, { graduationResult: "结业" }, { "member2.idNumber": "" }];

  it("turns a rule off only where it could find nothing: on a sheet without its columns it reports nothing", () => {
    for (const template of templates) {
      for (const values of sheets) {
        for (const rule of rowRules) {
          if (!rule.appliesTo || rule.appliesTo(has(values), template)) continue;
          const ctx = fakeContext({ template, profile: testProfile(), today: "20251015" });
          rule.check(makeRow(values), ctx);
          expect({ rule: rule.id, template: template.id, values, reports: ctx.reports }).toEqual({ rule: rule.id, template: template.id, values, reports: [] });
        }
      }
    }
  });

  it("keeps each rule on for the sheets its problems come from", () => {
    for (const template of templates) {
      for (const values of sheets) {
        for (const rule of rowRules) {
          const ctx = fakeContext({ template, profile: testProfile(), today: "20251015" });
          rule.check(makeRow(values), ctx);
          if (ctx.reports.length > 0) expect([rule.id, rule.appliesTo?.(has(values), template) ?? true]).toEqual([rule.id, true]);
        }
      }
    }
  });

  it("runs no rule about grades on a sheet without a grade column", () => {
    const byId = Object.fromEntries(rowRules.map((r) => [r.id, r]));
    const sheet = has({ birthDate: "", entryYearMonth: "", graduationResult: "" });
    expect(byId["entry-age"].appliesTo!(sheet, templates[1])).toBe(false);
    expect(byId["graduation-result"].appliesTo!(sheet, templates[1])).toBe(false);
    // the new-entrant list is grade 1 by definition
    expect(byId["entry-age"].appliesTo!(sheet, templates[2])).toBe(true);
  });
});
