import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getProfile } from "../core";
import { generateCounty } from "../samples/county";
import { writeCounty } from "../samples/county-files";
import { auditThreads, readAuditFiles, type AuditJob } from "./audit-pool";

let dir: string;
let jobs: AuditJob[];
const settings = { profile: getProfile("national")!, today: "20251015" };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "xueji-pool-"));
  const county = generateCounty({ schools: 4, rowsPerSchool: 420, schoolYear: 2025, plant: true });
  const written = await writeCounty(dir, county, { badFiles: true, gbkCsv: 1 });
  jobs = [...written.schoolFiles, ...written.badFiles.map((b) => b.path)].map((p) => ({ full: join(dir, p), shown: p }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readAuditFiles", () => {
  it("gives in worker threads exactly what one thread gives, in the order of the jobs, telling of every file once", async () => {
    const one = await readAuditFiles(jobs, settings, 1, () => undefined);
    const told: string[] = [];
    const two = await readAuditFiles(jobs, settings, 2, (job) => told.push(job.shown));
    expect(two).toEqual(one);
    expect(told.sort()).toEqual(jobs.map((j) => j.shown).sort());
    // the bad files are read too: the pool does not lose what the reader refuses
    expect(one.filter((r) => "reason" in r.file).length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it("lists a file that fails outside the reader (gone since it was listed) with why, in a thread or not", async () => {
    const gone = [...jobs, { full: join(dir, "不存在.xlsx"), shown: "不存在.xlsx" }];
    for (const threads of [1, 2]) {
      const results = await readAuditFiles(gone, settings, threads, () => undefined);
      expect(results[results.length - 1].file).toEqual({ path: "不存在.xlsx", reason: "unreadable", detail: expect.stringMatching(/^找不到这个文件/) });
      expect(results).toHaveLength(gone.length);
    }
  }, 60_000);
});

describe("auditThreads", () => {
  it("uses one thread for a few files, and no more threads than cores", () => {
    expect(auditThreads(10, 2)).toBe(1);
    expect(auditThreads(200, 2)).toBe(2);
    expect(auditThreads(200, 1)).toBe(1);
    expect(auditThreads(0, 8)).toBe(1);
  });
});
