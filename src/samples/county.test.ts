import { validateResidentId } from "../core/validators/resident-id";
import { generateCounty, HEADERS } from "./county";

const county = generateCounty({ schools: 6, rowsPerSchool: 420, schoolYear: 2025, plant: true });
const idColumn = (rows: unknown[][]) => (rows[0] as string[]).indexOf("身份证件号");

describe("generateCounty", () => {
  it("gives every child a valid ID, unique across the county except the planted duplicates", () => {
    const seen = new Map<string, number>();
    for (const s of county.schools) {
      const at = idColumn(s.rows);
      for (const r of s.rows.slice(1)) {
        const id = r[at] as string;
        expect(validateResidentId(id, { today: "20251015" }).ok).toBe(true);
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }
    }
    const repeated = [...seen].filter(([, n]) => n > 1).map(([id]) => id).sort();
    expect(repeated).toEqual(county.planted!.duplicateIds.map((d) => d.id).sort());
  });

  it("records where each planted duplicate is, as sheet rows under the header", () => {
    for (const d of county.planted!.duplicateIds) {
      expect(d.places).toHaveLength(2);
      for (const p of d.places) {
        const school = county.schools.find((s) => s.path === p.path)!;
        expect(school.rows[p.row - 1][idColumn(school.rows)]).toBe(d.id);
      }
    }
  });

  it("plants one 学籍辅号 on two children in two schools, and no other", () => {
    const { value, places } = county.planted!.duplicateAuxNumber;
    expect(new Set(places.map((p) => p.path)).size).toBe(2);
    const filled = county.schools.flatMap((s) => {
      const at = (s.rows[0] as string[]).indexOf("学籍辅号");
      return s.rows.slice(1).filter((r) => r[at] !== "").map((r) => [r[at], r[(s.rows[0] as string[]).indexOf("身份证件号")]]);
    });
    expect(filled.map(([aux]) => aux)).toEqual([value, value]);
    expect(filled[0][1]).not.toBe(filled[1][1]);
  });

  it("plants two different IDs with the same first 15 digits", () => {
    const [a, b] = county.planted!.prefixTwins;
    expect(a).not.toBe(b);
    expect(a.slice(0, 15)).toBe(b.slice(0, 15));
  });

  it("plants classes of 46, 58 and 67 and keeps every other class within 45", () => {
    expect(county.planted!.overCapClasses.map((c) => c.count)).toEqual([46, 58, 67]);
    for (const s of county.schools) {
      const header = s.rows[0] as string[];
      const [g, c] = [header.indexOf("年级"), header.indexOf("班级号")];
      const sizes = new Map<string, number>();
      for (const r of s.rows.slice(1)) sizes.set(`${r[g]}${r[c]}`, (sizes.get(`${r[g]}${r[c]}`) ?? 0) + 1);
      const big = [...sizes].filter(([, n]) => n > 45).map(([k, n]) => `${k}:${n}`);
      const planted = county.planted!.overCapClasses.filter((p) => p.school === s.code).map((p) => `${p.grade}${p.className}:${p.count}`);
      expect(big).toEqual(planted);
    }
  });

  it("writes the §1.3 layout, without the 学校标识码 column in every fifth school", () => {
    expect(county.schools[0].rows[0]).toEqual(HEADERS);
    expect(county.schools[4].withSchoolCode).toBe(false);
    expect(county.schools[4].rows[0]).not.toContain("学校标识码");
    expect(county.schools[4].rows.every((r) => r.length === HEADERS.length - 1)).toBe(true);
  });

  it("is the same county for the same seed", () => {
    const again = generateCounty({ schools: 6, rowsPerSchool: 420, schoolYear: 2025, plant: true });
    expect(JSON.stringify(again)).toBe(JSON.stringify(county));
  });

  it("refuses to plant in a county too small for the plan", () => {
    expect(() => generateCounty({ schools: 3, rowsPerSchool: 420, schoolYear: 2025, plant: true })).toThrow("at least 4 schools");
  });
});
