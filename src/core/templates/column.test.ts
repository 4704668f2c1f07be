import { column, memberColumns } from "./column";

describe("column", () => {
  it("keeps the field's usual header as an alias when a layout writes another", () => {
    const c = column("birthPlace", { header: "出生地行政区划代码" });
    expect(c.header).toBe("出生地行政区划代码");
    expect(c.aliases).toContain("出生地");
    expect(c.aliases).not.toContain("出生地行政区划代码");
    expect(c).toMatchObject({ kind: "region" });
    expect(c.required).toBeUndefined();
  });

  it("throws on a key no field defines", () => {
    expect(() => column("birthplace")).toThrow(/unknown field key/);
  });
});

describe("memberColumns", () => {
  it("gives 12 columns per member with KD codes counted from kdStart", () => {
    const cols = memberColumns(2, { kdStart: 60 });
    expect(cols.map((c) => c.key)).toEqual([
      "member2.name", "member2.relation", "member2.relationNote", "member2.address", "member2.householdRegion", "member2.phone",
      "member2.guardian", "member2.idType", "member2.idNumber", "member2.ethnicity", "member2.employer", "member2.position",
    ]);
    expect(cols[0].kdCode).toBe("KD_F60");
    expect(cols[11].kdCode).toBe("KD_F71");
  });

  it("requires a member's ID number only once a real ID type is chosen for that member", () => {
    const id = memberColumns(1).find((c) => c.key === "member1.idNumber")!;
    expect(id.required).toMatchObject({ key: "member1.idType" });
    const cond = id.required as { in: string[] };
    expect(cond.in).toContain("居民身份证");
    expect(cond.in).not.toContain("其他");
    expect(memberColumns(1).filter((c) => c.required)).toHaveLength(1);
  });
});
