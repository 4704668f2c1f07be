/**
 * Issue 13: every file of the hostile corpus through the real command line, in a child process capped at
 * 60 s and a 1 GB heap: exit 0/1 with every row accounted for, or exit 2 with a Chinese reason — never a
 * stack trace, a hang or an out-of-memory death — and peak memory under 1 GB. Then `xueji audit` over the
 * whole corpus, which must list every refused file in 无法读取 and still write its report.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileCorpus, STUDENTS, type HostileCase } from "../samples/hostile/hostile-corpus";
import { readWorkbook } from "../io/read-workbook";
import { inflateEntry } from "../io/zip/inflate";
import { openZip } from "../io/zip/zip-archive";
import { buildChildCli, runChildCli, type ChildCli, type ChildRun } from "./test-child-cli";

const LIMITS = { timeoutMs: 60_000, heapMb: 1024 };
const PEAK_MB = 1024;
/** what a crash looks like: a stack frame, or an error class's name reaching the user */
const CRASH = /\n\s+at .+[:(]\d+|\b[A-Z]\w*Error\b|FATAL ERROR|heap out of memory/;
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|&#x0*(?:[0-8bcef]|1[0-9a-f]);|&#0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01]);/i;

let cli: ChildCli;
let dir: string;
const corpus = hostileCorpus();

beforeAll(() => {
  cli = buildChildCli();
  dir = mkdtempSync(join(tmpdir(), "xueji-hostile-"));
}, 120_000);

afterAll(() => {
  cli?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectNoCrash(run: ChildRun): void {
  expect(run.timedOut).toBe(false);
  expect(run.signal).toBeNull();
  expect([0, 1, 2]).toContain(run.code);
  expect(run.stdout + run.stderr).not.toMatch(CRASH);
  expect(run.peakMb).not.toBeNull();
  expect(run.peakMb!).toBeLessThan(PEAK_MB);
}

/** every XML part of a workbook we wrote is text Excel accepts, and the file reads back */
function expectWellFormedOutputs(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    const bytes = new Uint8Array(readFileSync(join(outDir, name)));
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name).not.toMatch(/[\u0000-\u001f]/);
    if (name.endsWith(".xlsx")) {
      for (const entry of openZip(bytes).entries) {
        const text = new TextDecoder().decode(inflateEntry(entry, { remaining: 1 << 30 }));
        expect({ name, part: entry.name, bad: XML_FORBIDDEN.exec(text)?.[0] }).toEqual({ name, part: entry.name, bad: undefined });
      }
    }
    expect(() => readWorkbook(bytes, name)).not.toThrow();
  }
}

function runCase(c: HostileCase, index: number): ChildRun {
  const caseDir = join(dir, `case-${index}`);
  mkdirSync(caseDir);
  writeFileSync(join(caseDir, c.file), c.bytes());
  return runChildCli(cli, ["check", c.file, "--out", "out", "--json", "r.json"], caseDir, LIMITS);
}

describe.each(corpus.map((c, i) => [`${c.point}. ${c.file}`, c, i] as const))("xueji check %s", (_, c, index) => {
  it(
    "answers within the caps, without a crash",
    () => {
      const run = runCase(c, index);
      expectNoCrash(run);
      const json = join(dir, `case-${index}`, "r.json");
      const said = run.stdout + run.stderr + (existsSync(json) ? readFileSync(json, "utf8") : "");
      if ("refused" in c.expect) {
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(c.expect.refused);
        expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
        expect(said).not.toContain("已跳过的工作表");
      } else {
        expect(c.expect.exit === undefined ? [0, 1] : [c.expect.exit]).toContain(run.code);
        expect(run.stdout).toContain(`数据行 ${c.expect.rows}，`);
        if (c.expect.says) expect(said).toMatch(c.expect.says);
        expectWellFormedOutputs(join(dir, `case-${index}`, "out"));
      }
    },
    LIMITS.timeoutMs + 30_000,
  );
});

describe("xueji check: the file system says no", () => {
  it("names a missing file, a folder and an output folder that is a file in Chinese, and goes on", () => {
    const d = join(dir, "fs");
    mkdirSync(join(d, "文件夹.xlsx"), { recursive: true });
    writeFileSync(join(d, "占用"), "");
    writeFileSync(join(d, "ok.xlsx"), corpus.find((c) => c.file === "gbk.csv")!.bytes());
    const run = runChildCli(cli, ["check", "没有这个.xlsx", "文件夹.xlsx", "ok.xlsx", "--out", "占用/out"], d, LIMITS);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/没有这个\.xlsx：找不到这个文件/);
    expect(run.stderr).toMatch(/文件夹\.xlsx：这是一个文件夹/);
    expect(run.stderr).toMatch(/无法写出.*占用/);
    expect(run.stderr).not.toMatch(/ENOTDIR|EEXIST|ENOENT/);
  });
});

describe("xueji audit over the whole corpus", () => {
  it(
    "lists every file it cannot read with its reason, writes its report and stays under 1 GB",
    () => {
      const folder = join(dir, "audit", "各校上报");
      mkdirSync(join(folder, "空文件夹.xlsx"), { recursive: true });
      corpus.forEach((c, i) => writeFileSync(join(folder, `${String(i).padStart(2, "0")}-${c.file}`), c.bytes()));
      symlinkSync(join(folder, "不存在.xlsx"), join(folder, "断开的链接.xlsx"));
      const run = runChildCli(cli, ["audit", "各校上报", "--out", "核查.xlsx", "--json", "核查.json"], join(dir, "audit"), {
        timeoutMs: 300_000,
        heapMb: LIMITS.heapMb,
      });
      expectNoCrash(run);
      expect(run.code).toBe(1);
      expect(existsSync(join(dir, "audit", "核查.xlsx"))).toBe(true);
      const report = JSON.parse(readFileSync(join(dir, "audit", "核查.json"), "utf8")) as { unreadable: { path: string; detail: string }[] };
      const unreadable = new Map(report.unreadable.map((u) => [u.path.replace(/^.*[\\/]/, ""), u.detail]));
      corpus.forEach((c, i) => {
        const name = `${String(i).padStart(2, "0")}-${c.file}`;
        if ("refused" in c.expect) expect({ name, detail: unreadable.get(name) }).toEqual({ name, detail: expect.stringMatching(c.expect.refused) });
      });
      expect(unreadable.get("断开的链接.xlsx")).toMatch(/找不到/);
      expect(unreadable.get("空文件夹.xlsx")).toBeUndefined();
      expect(run.stdout).toMatch(new RegExp(`${STUDENTS}`));
    },
    330_000,
  );
});
