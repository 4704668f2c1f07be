import { getTemplate, templates } from "../templates";
import { detectLayout } from "./detect";

/** Header spellings other systems really write for our fields (TEMPLATES.md §8). */
const SPELLINGS: Record<string, string> = {
  currentAddress: "现住地址",
  nationality: "国籍、地区",
  className: "班号（学号）",
  martyrChild: "是否烈士或扶优子女",
  "member1.address": "成员1现住地址",
  "member1.householdRegion": "成员1户口所在地行政区",
};

describe("headers as other systems spell them", () => {
  it("places each §8 spelling on its field, so its column is checked and not reported as unknown", () => {
    const national = getTemplate("national-2013")!;
    const headers = national.columns.map((c) => SPELLINGS[c.key] ?? c.header);
    const present = Object.keys(SPELLINGS).filter((k) => national.columns.some((c) => c.key === k));
    expect(present.length).toBeGreaterThanOrEqual(4);
    const r = detectLayout({ sheet: "Worksheet", rows: [["某小学学生信息"], headers, headers.map(() => "x")] }, templates, {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const key of present) {
      const col = r.layout.columns.find((c) => c.key === key);
      expect(col?.header).toBe(SPELLINGS[key]);
    }
    expect(r.layout.extraColumns.map((c) => c.header)).toEqual([]);
  });
});
