import { testProfile } from "../rules/row/test-helpers";
import { codeLists, createCodeLists } from ".";

const lists = createCodeLists(testProfile());
const m = (id: string, input: string) => {
  const hit = lists.match(id, input);
  return hit ? [hit.entry.name, hit.via] : null;
};

describe("code lists", () => {
  it("every list has unique codes and unique names", () => {
    for (const list of codeLists) {
      const codes = list.entries.map((e) => e.code).filter(Boolean);
      expect(new Set(codes).size).toBe(codes.length);
      expect(new Set(list.entries.map((e) => e.name)).size).toBe(list.entries.length);
    }
  });

  it("no alias of one entry is the name of another in the same list", () => {
    for (const list of codeLists) {
      const names = new Set(list.entries.map((e) => e.name));
      for (const e of list.entries) for (const a of e.aliases ?? []) expect([list.id, a, names.has(a)]).toEqual([list.id, a, false]);
    }
  });

  it("has all 56 ethnic groups plus 其他 and 外国血统中国籍人士", () => {
    expect(lists.get("ethnicity")!.entries).toHaveLength(58);
    expect(m("ethnicity", "基诺族")).toEqual(["基诺族", "name"]);
    expect(lists.get("ethnicity")!.entries.find((e) => e.name === "基诺族")!.code).toBe("56");
  });
});

describe("match", () => {
  it.each([
    ["ethnicity", "汉族", "汉族", "name"],
    ["ethnicity", "汉", "汉族", "alias"],
    ["ethnicity", "毛难族", "毛南族", "alias"],
    ["ethnicity", "崩龙族", "德昂族", "alias"],
    ["ethnicity", "01", "汉族", "code"],
    ["ethnicity", "01-汉族", "汉族", "code-name"],
    ["ethnicity", "01 汉族", "汉族", "code-name"],
    ["ethnicity", "01－汉族", "汉族", "code-name"],
    ["ethnicity", "其它", "其他", "alias"],
    ["sex", "男性", "男", "alias"],
    ["sex", "1-男", "男", "code-name"],
    ["sex", "2", "女", "code"],
    ["idType", "身份证", "居民身份证", "alias"],
    ["idType", "z", "其他", "code"],
    ["idType", "A-护照", "护照", "code-name"],
    ["hmtOverseas", "澳同胞亲属", "澳门同胞亲属", "alias"],
    ["flag", "Y", "是", "alias"],
    ["flag", "n", "否", "alias"],
    ["flag", "1", "是", "code"],
    ["flag", "0", "否", "code"],
    ["nationality", "CHN", "中国", "code"],
    ["nationality", "chn", "中国", "code"],
    ["nationality", "CHN-中国", "中国", "code-name"],
    ["relation", "爸爸", "父亲", "alias"],
    ["relation", "祖父母或外祖父母", "祖父母或外祖父母", "name"],
    ["relation", "外祖父", "外祖父", "name"],
    ["graduationResult", "肄业", "肄业", "name"],
    ["leftBehind", "否", "非留守儿童", "alias"],
    ["inclusive", "其它残疾随班就读", "其他残疾随班就读", "alias"],
    // input arrives half-width: the template name's full-width brackets became ASCII ones and are put back
    ["transport", "自行车(含摩托车、电动自行车)", "自行车（含摩托车、电动自行车）", "alias"],
    ["transport", "公共交通(含城市公交、农村客运和地铁)", "公共交通（含城市公交、农村客运、地铁）", "alias"],
    ["transport", "公共交通(含城市公交和农村客运和地铁)", "公共交通（含城市公交、农村客运、地铁）", "alias"],
    ["transport", "公共交通（含城市公交、农村客运、地铁）", "公共交通（含城市公交、农村客运、地铁）", "name"],
  ])("%s: %s → %s via %s", (id, input, name, via) => {
    expect(m(id, input)).toEqual([name, via]);
  });

  it.each([
    ["ethnicity", "汉人"],
    ["ethnicity", "02-汉族"], // code and name disagree
    ["ethnicity", "99"],
    ["sex", "男女"],
    ["flag", "可能"],
    ["householdType", "居民户口"], // not national; only through a profile
    ["disability", "1"], // no numeric codes published for this list
    ["nope", "x"],
    ["sex", ""],
  ])("%s rejects %s", (id, input) => {
    expect(lists.match(id, input)).toBeNull();
  });

  it("applies a profile's additions", () => {
    const local = createCodeLists(testProfile({ codeListAdditions: { householdType: ["居民户口"] } }));
    expect(local.match("householdType", "居民户口")).toEqual({ entry: { code: "", name: "居民户口" }, via: "name" });
    expect(local.get("householdType")!.entries).toHaveLength(3);
    expect(local.match("householdType", "农业户口")?.via).toBe("name");
  });

  it("builds the maps once per profile", () => {
    const profile = testProfile();
    expect(createCodeLists(profile)).toBe(createCodeLists(profile));
  });
});
