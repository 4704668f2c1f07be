import { codeLists } from "../codes";
import { normaliseHeader } from "../layout/normalise-header";
import type { Template } from "../model/template";
import { getTemplate, templates } from ".";

const listIds = new Set(codeLists.map((l) => l.id));

describe.each(templates.map((t) => [t.id, t] as [string, Template]))("template %s", (_id, t) => {
  const keys = new Set(t.columns.map((c) => c.key));

  it("has unique keys", () => {
    expect(keys.size).toBe(t.columns.length);
  });

  it("has unique normalised headers and aliases", () => {
    const seen = new Map<string, string>();
    for (const c of t.columns) {
      for (const h of [c.header, ...(c.aliases ?? [])]) {
        const n = normaliseHeader(h);
        expect([n, seen.get(n) ?? c.key]).toEqual([n, c.key]);
        seen.set(n, c.key);
      }
    }
  });

  it("names only existing code lists, and every code column names one", () => {
    for (const c of t.columns) {
      if (c.kind === "code" || c.kind === "flag") expect([c.key, listIds.has(c.codeList ?? "")]).toEqual([c.key, true]);
      if (c.codeList) expect(listIds.has(c.codeList)).toBe(true);
    }
  });

  it("identifies itself by keys it has, and conditions refer to its own keys", () => {
    expect(t.identifyBy.length).toBeGreaterThan(0);
    for (const k of t.identifyBy) expect(keys.has(k)).toBe(true);
    for (const c of t.columns) {
      if (typeof c.required === "object") expect([c.key, keys.has(c.required.key)]).toEqual([c.key, true]);
    }
  });

  it("has unique KD codes when it has any", () => {
    const kd = t.columns.map((c) => c.kdCode).filter(Boolean);
    expect(new Set(kd).size).toBe(kd.length);
  });

  it("is found by getTemplate", () => {
    expect(getTemplate(t.id)).toBe(t);
  });
});

describe("layouts", () => {
  it("national-2013 follows §1.2: 学校标识码 first, 是否进城务工人员随迁子女 last, KD codes in step", () => {
    const t = getTemplate("national-2013")!;
    expect(t.columns).toHaveLength(71);
    expect(t.columns[0]).toMatchObject({ header: "学校标识码", kdCode: "KD_F01" });
    expect(t.columns.find((c) => c.key === "idNumber")!.kdCode).toBe("KD_F13");
    expect(t.columns.find((c) => c.key === "member1.name")!.kdCode).toBe("KD_F48");
    expect(t.columns.find((c) => c.key === "member2.position")!.kdCode).toBe("KD_F71");
    expect(t.columns[70]).toMatchObject({ key: "migrantChild", kdCode: "KD_F72" });
  });

  it("national-continuation follows §1.3: 71 columns, 学籍接续标识 in A, 成员2职务 in BS", () => {
    const t = getTemplate("national-continuation")!;
    expect(t.columns).toHaveLength(71);
    expect(t.columns[0].header).toBe("学籍接续标识");
    expect(t.columns[22].header).toBe("班级号"); // W
    expect(t.columns[31].header).toBe("残疾人类型"); // AF
    expect(t.columns[70].key).toBe("member2.position");
  });

  it("requires 身份证件号 unless the ID type is 其他", () => {
    // graduation lists carry no ID type; the 小升初 list requires its 身份证号 outright
    for (const t of templates.filter((x) => x.id !== "graduation" && x.id !== "junior-admission")) {
      expect(t.columns.find((c) => c.key === "idNumber")!.required).toEqual({ key: "idType", notIn: ["其他"] });
    }
  });

  it("new-entrant is the 5-field list", () => {
    expect(getTemplate("new-entrant")!.columns.map((c) => c.header)).toEqual(["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"]);
  });

  it("returns undefined for an unknown id", () => {
    expect(getTemplate("nope")).toBeUndefined();
  });
});
