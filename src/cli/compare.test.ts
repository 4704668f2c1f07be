import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import type { CompareReport } from "../core/compare";
import { generateRosterPair, registerRows, teacherRosterRows } from "../samples/rosters";
import { sampleXlsx } from "../samples/sample-files";
import { memoryIo } from "./io";
import { main } from "./main";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "xueji-compare-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = memoryIo(dir);
  const code = await main(argv, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

const pair = generateRosterPair({ count: 480, schoolYear: 2025 });
const put = (name: string, rows: ReturnType<typeof registerRows>) => writeFileSync(join(dir, name), sampleXlsx({ sheet: "学生信息", rows, planted: [] }));

describe("xueji compare", () => {
  it("compares two register exports, prints what needs action, writes the workbook and exits 1", async () => {
    put("2025秋.xlsx", registerRows(pair.before));
    put("2026秋.xlsx", registerRows(pair.after));
    const r = await run(["compare", "2025秋.xlsx", "2026秋.xlsx", "--today", "20261015", "--json", "核对.json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out).toContain(`人籍核对：前表 2025秋.xlsx（${pair.before.length} 人），后表 2026秋.xlsx（${pair.after.length} 人）`);
    expect(r.out).toContain(`控辍保学跟进（义务教育阶段，不在后表，${pair.planted.leavers.length} 人）：`);
    for (const l of pair.planted.leavers) expect(r.out).toContain(` ${l.name} ${l.idNumber}`);
    expect(r.out).toContain(`转入但没有学籍号（1 人）：\n  三年级1班 ${pair.planted.transferNoRegister.name}`);
    expect(r.out).toContain("年级：跨学年（应升一个年级），按学生推断");
    expect(r.out).toContain("核对工作簿已写出 人籍核对结果.xlsx");
    const wb = XLSX.read(readFileSync(join(dir, "人籍核对结果.xlsx")), { type: "buffer" });
    expect(wb.SheetNames).toEqual(["汇总", "只在前表", "只在后表", "关键字段变化", "年级异常"]);
    const json = JSON.parse(readFileSync(join(dir, "核对.json"), "utf8")) as CompareReport;
    expect(json.totals).toMatchObject({ followUps: 3, transfersWithoutRegister: 1, keyFieldChanges: 4, gradeAnomalies: 2 });
  }, 30000);

  it("masks ID numbers on the console, in the workbook and in the JSON", async () => {
    put("前.xlsx", registerRows(pair.before));
    put("后.xlsx", registerRows(pair.after));
    const r = await run(["compare", "前.xlsx", "后.xlsx", "--mask-ids", "--json", "r.json", "--out", "外发.xlsx"]);
    const leaver = pair.planted.leavers[0].idNumber;
    const masked = `${leaver.slice(0, 6)}********${leaver.slice(14)}`;
    expect(r.out).toContain(masked);
    expect(r.out).not.toContain(leaver);
    expect(readFileSync(join(dir, "r.json"), "utf8")).not.toContain(leaver);
    const wb = XLSX.read(readFileSync(join(dir, "外发.xlsx")), { type: "buffer" });
    expect(JSON.stringify(wb.Sheets)).not.toContain(leaver);
  }, 30000);

  it("compares the register with a class teacher's roster that has no ID column, within one school year", async () => {
    put("学籍.xlsx", registerRows(pair.after));
    put("花名册.xlsx", teacherRosterRows(pair.after.filter((s) => s !== pair.planted.transferWithRegister)));
    const r = await run(["compare", "学籍.xlsx", "花名册.xlsx", "--school-years", "0"]);
    expect(r.err).toBe("");
    expect(r.out).toContain("按身份证件号 0，按姓名+性别+出生日期");
    expect(r.out).toContain(`${pair.planted.transferWithRegister.name}`);
    expect(r.out).toContain("年级：同一学年内（年级应不变），按指定");
  }, 30000);

  it("refuses a corrupt file, a list it cannot match and a missing file, saying which and why (exit 2)", async () => {
    const whole = sampleXlsx({ sheet: "学生信息", rows: registerRows(pair.before.slice(0, 50)), planted: [] });
    writeFileSync(join(dir, "损坏.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    put("通讯录.xlsx", [["姓名", "班级"], ["张小明", "1班"]]);
    const r = await run(["compare", "损坏.xlsx", "通讯录.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^损坏\.xlsx：.+/m);
    expect(r.err).toContain("通讯录.xlsx：");
    expect(r.err).toContain("核对名单至少要有「姓名」和「身份证件号」两列，或「姓名」「性别」「出生日期」三列");
    const missing = await run(["compare", "损坏.xlsx", "没有这个.xlsx"]);
    expect(missing.err).toContain("没有这个.xlsx：找不到这个文件");
  });

  it("needs exactly two files and a valid --school-years", async () => {
    expect((await run(["compare", "a.xlsx"])).err).toContain("请给出两份名单");
    expect((await run(["compare", "a.xlsx", "b.xlsx", "--school-years", "2"])).err).toContain("--school-years 只能是 0");
    const help = await run(["compare", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("人籍核对");
  });
});
