import { getProfile, parseProfile, ProfileError, shippedProfiles } from "./index";

function problemsOf(input: unknown, name = "my.json"): string[] {
  try {
    parseProfile(input, name);
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    return (e as ProfileError).problems;
  }
  throw new Error("expected a ProfileError");
}

describe("shipped profiles", () => {
  it("all validate and have distinct ids, each citing a source", () => {
    const ids = shippedProfiles.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["national", "nongan", "haishu", "funan", "datong"]));
    for (const p of shippedProfiles) {
      expect(p.sources.length).toBeGreaterThan(0);
      expect(p.citations.classCaps?.ref).toBeTruthy();
    }
  });

  // They are complete Profiles as written, not parsed at load: parsing one must give it back unchanged,
  // so a field the schema would default (missing) or drop (misspelt) fails here.
  it.each(shippedProfiles.map((p) => [p.id, p] as const))("%s is a complete profile that parseProfile returns unchanged", (id, p) => {
    expect(parseProfile(p, `${id}.ts`)).toStrictEqual(p);
    expect(parseProfile({ extends: id }, "my.json")).toStrictEqual(p);
  });

  it("carry each jurisdiction's own numbers", () => {
    expect(getProfile("nongan")!.classCaps).toMatchObject({ primary: 45, junior: 50 });
    expect(getProfile("haishu")!.classCaps.smallClass).toBe(30);
    expect(getProfile("funan")!.classCaps).toMatchObject({ primary: 56, junior: 60, senior: 60 });
    expect(getProfile("funan")!.deadlines).toEqual({ grade1Registration: "09-20", graduation: "07-31" });
    expect(getProfile("national")!.bands).toEqual({ large: 56, superLarge: 66 });
    expect(getProfile("district-2022")!.classCaps.entryGrade).toBe(55);
  });

  it("大同 numbers are 14 digits into 学籍辅号 with school values left to the user", () => {
    const n = getProfile("datong")!.numbering;
    if (n.scheme !== "pattern") throw new Error("datong must use a pattern");
    expect(n.target).toBe("auxNumber");
    expect(n.fields.reduce((s, f) => s + f.length, 0)).toBe(14);
    expect(n.fields.filter((f) => ["county", "ownership", "school"].includes(f.kind)).every((f) => !f.value)).toBe(true);
    expect(n.fields.find((f) => f.kind === "stage")!.map).toEqual({ senior: "1", junior: "2", primary: "3" });
  });

  it("getProfile returns undefined for an unknown id", () => {
    expect(getProfile("atlantis")).toBeUndefined();
  });
});

describe("parseProfile", () => {
  it("lets a user profile extend national and override only some fields", () => {
    const p = parseProfile({ extends: "national", id: "my-county", name: "本县", classCaps: { primary: 40 } });
    expect(p.id).toBe("my-county");
    expect(p.classCaps).toEqual({ primary: 40, junior: 50, senior: 50 });
    expect(p.bands).toEqual({ large: 56, superLarge: 66 });
    expect(p.entryAge.cutoff).toBe("08-31");
  });

  it("extends another shipped profile, replacing arrays rather than merging them", () => {
    const p = parseProfile({ extends: "datong", id: "datong-x", numbering: { scheme: "pattern", name: "x", fields: [{ kind: "serial", length: 4 }] } });
    if (p.numbering.scheme !== "pattern") throw new Error("pattern expected");
    expect(p.numbering.fields).toEqual([{ kind: "serial", length: 4 }]);
    expect(p.numbering.source).toBeUndefined(); // 大同's citation does not follow into another scheme
  });

  it("names the field, what it expects and what it got, in Chinese", () => {
    const problems = problemsOf({ extends: "national", classCaps: { primary: "四十五" } });
    expect(problems).toEqual(['配置文件 my.json 中 classCaps.primary 无效：应为正整数（现为 "四十五"）']);
  });

  it("rejects zero, fractions and bad dates", () => {
    const problems = problemsOf({ extends: "national", classCaps: { junior: 0 }, bands: { large: 55.5 }, entryAge: { cutoff: "8/31" } });
    expect(problems).toHaveLength(3);
    expect(problems.find((l) => l.includes("classCaps.junior"))).toContain("现为 0");
    expect(problems.find((l) => l.includes("bands.large"))).toContain("正整数");
    expect(problems.find((l) => l.includes("entryAge.cutoff"))).toContain("应为 MM-DD");
  });

  it("reports unknown top-level keys (a typo must not be silently ignored)", () => {
    const problems = problemsOf({ extends: "national", classCap: { primary: 40 } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^配置文件 my\.json 中 classCap 无效：不认识的字段/);
  });

  it("reports misspelt keys inside objects and pattern fields, which zod would drop silently", () => {
    const problems = problemsOf({
      extends: "datong",
      classCaps: { primry: 40 },
      numbering: { scheme: "pattern", name: "x", fields: [{ kind: "serial", length: 2, lenght: 3 }] },
    });
    expect(problems).toEqual([
      "配置文件 my.json 中 classCaps.primry 无效：不认识的字段，请检查拼写（现为 40）",
      "配置文件 my.json 中 numbering.fields.0.lenght 无效：不认识的字段，请检查拼写（现为 3）",
    ]);
    // free-form maps (code-list additions, citations) accept any key
    expect(parseProfile({ extends: "national", codeListAdditions: { householdType: ["居民户口"] } }).codeListAdditions).toEqual({
      householdType: ["居民户口"],
    });
  });

  it("reports missing required fields of a stand-alone profile", () => {
    const problems = problemsOf({ id: "x", name: "x" });
    expect(problems.some((l) => l.includes("classCaps 无效") && l.includes("未填写"))).toBe(true);
    expect(problems.some((l) => l.startsWith("配置文件 my.json 中 sources"))).toBe(true);
  });

  it("rejects an unknown base and a non-object", () => {
    expect(problemsOf({ extends: "atlantis" })[0]).toContain("extends 无效：应为内置配置之一");
    expect(problemsOf([1, 2], "a.json")[0]).toContain("应为 JSON 对象");
  });

  it("does not let a user profile change the shipped one", () => {
    parseProfile({ extends: "national", id: "y", classCaps: { primary: 30 } });
    expect(getProfile("national")!.classCaps.primary).toBe(45);
    expect(parseProfile({ extends: "national" }).classCaps.primary).toBe(45);
  });
});

describe("photo settings", () => {
  it("default to the national 学籍照片 requirements on every shipped profile, with the document cited", () => {
    for (const p of shippedProfiles) expect(p.photo).toEqual({ maxBytes: 61440, minWidth: 154, minHeight: 189, aspect: { width: 26, height: 32, tolerance: 0.05 } });
    expect(getProfile("national")!.citations.photo?.ref).toBe("《全国中小学生学籍信息管理系统照片采集要求》");
  });

  it("take a county's own pixel size, keeping the rest, and refuse a bad one", () => {
    const p = parseProfile({ extends: "national", id: "county", name: "某县", photo: { minWidth: 260, minHeight: 320 } });
    expect(p.photo).toMatchObject({ maxBytes: 61440, minWidth: 260, minHeight: 320 });
    expect(problemsOf({ extends: "national", id: "c", photo: { minWidth: -1 } }).join("\n")).toContain("photo.minWidth");
  });
});

describe("zod", () => {
  // `xueji check` with a shipped profile must not pay for zod: it is loaded by parseProfile only.
  it("is not loaded with src/core or by a shipped profile, only when a user's profile is parsed", () => {
    jest.isolateModules(() => {
      jest.doMock("zod", () => {
        throw new Error("zod loaded");
      });
      try {
        const core = require("../index") as typeof import("../index");
        expect(core.getProfile("national")!.photo.maxBytes).toBe(61440);
        expect(core.shippedProfiles.map((p) => p.id)).toContain("datong");
        // the registry-local require is used while isolated, so this is the first load of schema.ts here
        expect(() => core.parseProfile({ extends: "nongan", id: "mine" }, "my.json")).toThrow("zod loaded");
      } finally {
        jest.dontMock("zod");
      }
    });
  });
});
