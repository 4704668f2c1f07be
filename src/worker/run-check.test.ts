import { ProfileError } from "../core";
import { resolveProfile, runCheck } from "./run-check";
import { newEntrantTable } from "./test-tables";

describe("resolveProfile", () => {
  it("finds a shipped profile by id", () => {
    expect(resolveProfile({ id: "nongan" }).id).toBe("nongan");
  });
  it("says in Chinese when the id is unknown", () => {
    expect(() => resolveProfile({ id: "nowhere" })).toThrow(/找不到内置配置「nowhere」/);
  });
  it("validates a custom profile and names the file in its errors", () => {
    const custom = { extends: "national", id: "my-county", name: "测试县", classCaps: { primary: "四十五" } };
    expect(() => resolveProfile({ custom, fileName: "my.json" })).toThrow(ProfileError);
    expect(() => resolveProfile({ custom, fileName: "my.json" })).toThrow(/my\.json.*classCaps\.primary/);
  });
  it("accepts a valid custom profile that extends a shipped one", () => {
    const custom = { extends: "national", id: "my-county", name: "测试县", classCaps: { primary: 40, junior: 45 } };
    expect(resolveProfile({ custom, fileName: "my.json" }).classCaps.primary).toBe(40);
  });
});

describe("runCheck", () => {
  it("checks every sheet and reports progress rising to the total", () => {
    const seen: number[] = [];
    const tables = [newEntrantTable(3, "一班"), newEntrantTable(2, "二班")];
    const check = runCheck(tables, { profile: { id: "national" }, templateId: "auto", today: "20250901" }, (p) => {
      seen.push(p.done);
      expect(p.total).toBe(tables[0].rows.length + tables[1].rows.length);
    });
    expect(check.results.map((r) => r.sheet)).toEqual(["一班", "二班"]);
    expect(check.results[0].template?.id).toBe("new-entrant");
    expect(check.results[0].dataRows).toBe(5);
    expect(check.results[0].counts.errors).toBeGreaterThanOrEqual(2);
    expect(check.results[0].counts.duplicateIds).toBeGreaterThanOrEqual(1);
    expect(seen[seen.length - 1]).toBe(tables[0].rows.length + tables[1].rows.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
  it("honours a chosen template over detection", () => {
    const check = runCheck([newEntrantTable(1)], { profile: { id: "national" }, templateId: "graduation" }, () => undefined);
    expect(check.results[0].template?.id).toBe("graduation");
  });
});
