import * as XLSX from "@e965/xlsx";
import { maskDeep } from "../core/audit";
import { compareRosters, isUnreadableSide, type CompareSide } from "../core/compare";
import { getProfile } from "../core/profiles";
import { generateRosterPair, registerRows } from "../samples/rosters";
import { sampleXlsx } from "../samples/sample-files";
import { readCompareFile } from "./read-compare-file";
import { writeCompareWorkbook } from "./write-compare";

const profile = getProfile("national")!;
const options = { profile, today: "20261015" };
const pair = generateRosterPair({ count: 480, schoolYear: 2025 });
const beforeBytes = sampleXlsx({ sheet: "学生信息", rows: registerRows(pair.before), planted: [] });
const afterBytes = sampleXlsx({ sheet: "学生信息", rows: registerRows(pair.after), planted: [] });

function side(bytes: Uint8Array, path: string, which: "before" | "after"): CompareSide {
  const s = readCompareFile(bytes, path, which, options);
  if (isUnreadableSide(s)) throw new Error(s.detail);
  return s;
}

const report = compareRosters(side(beforeBytes, "2025秋.xlsx", "before"), side(afterBytes, "2026秋.xlsx", "after"), profile);
const sheetRows = (wb: XLSX.WorkBook, name: string) => XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[name], { raw: false });

describe("the comparison workbook", () => {
  const wb = XLSX.read(writeCompareWorkbook(report), { type: "array" });

  it("has the five sheets, in order", () => {
    expect(wb.SheetNames).toEqual(["汇总", "只在前表", "只在后表", "关键字段变化", "年级异常"]);
  });

  it("sums up what was compared, with the counts per school, grade and class", () => {
    const cells = XLSX.utils.sheet_to_json<string[]>(wb.Sheets["汇总"], { header: 1, raw: false });
    const line = (label: string) => cells.find((r) => r[0] === label)!;
    expect(line("前表")[1]).toBe("2025秋.xlsx");
    expect(line("两表相隔")[1]).toBe("1 个学年");
    expect(line("只在前表")[2]).toContain(`其中控辍保学跟进 ${pair.planted.leavers.length} 人`);
    expect(line("只在后表")[2]).toContain("其中转入无学籍号 1 人");
    const school = cells.find((r) => r[0] === "3401000123" && r[1] === "（全校）")!;
    const change = pair.after.length - pair.before.length;
    expect(school.slice(3)).toEqual([String(pair.before.length), String(pair.after.length), change > 0 ? `+${change}` : String(change)]);
    expect(cells.some((r) => r[1] === "六年级" && r[2] === "（全年级）" && r[3] === String(pair.planted.graduates))).toBe(true);
  });

  it("lists the leavers with what to do and the document behind it", () => {
    const rows = sheetRows(wb, "只在前表");
    const first = rows.slice(0, pair.planted.leavers.length);
    expect(first.map((r) => r["类别"])).toEqual(["控辍保学跟进", "控辍保学跟进", "控辍保学跟进"]);
    expect(first.map((r) => r["姓名"]).sort()).toEqual(pair.planted.leavers.map((s) => s.name).sort());
    expect(first[0]["依据"]).toBe("《关于当前学籍管理和控辍保学工作的要求》（2022年）一（三）5、二");
    expect(first[0]["身份证件号"]).toMatch(/^\d{17}[\dX]$/);
  });

  it("shows each key-field change before and after, with how the student was matched", () => {
    const rows = sheetRows(wb, "关键字段变化");
    expect(rows).toHaveLength(pair.planted.keyChanges.length);
    const id = rows.find((r) => r["变化的字段"] === "身份证件号")!;
    const planted = pair.planted.keyChanges.find((c) => c.field === "idNumber")!;
    expect([id["前表"], id["后表"], id["对应方式"]]).toEqual([planted.before, planted.after, "姓名+性别+出生日期"]);
    expect(id["依据"]).toBe("《阜南县中小学学籍管理办法（试行）》第二十五条");
  });

  it("lists grade anomalies before class moves", () => {
    const rows = sheetRows(wb, "年级异常");
    expect(rows.map((r) => r["类型"])).toEqual(["跳级或学年内改年级", "未升级（留级或降级）", "调班"]);
    expect(rows[1]["依据"]).toBe("《农安县义务教育学校学籍管理办法（试行）》第二十六条");
  });

  it("cites documents only, never our own files or seed numbers", () => {
    for (const name of wb.SheetNames.slice(1)) {
      for (const r of sheetRows(wb, name)) if (r["依据"]) expect(r["依据"]).toMatch(/^《[^》]+》/);
    }
  });

  it("masks every ID number when asked", () => {
    const masked = XLSX.read(writeCompareWorkbook(maskDeep(report)), { type: "array" });
    const ids = sheetRows(masked, "只在前表").map((r) => r["身份证件号"]).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const all = JSON.stringify(masked.Sheets);
    for (const s of pair.before.slice(0, 50)) if (s.idNumber) expect(all).not.toContain(s.idNumber);
  });
});

describe("readCompareFile on bad input", () => {
  it("says a file cut short cannot be read, instead of throwing", () => {
    const s = readCompareFile(beforeBytes.subarray(0, Math.floor(beforeBytes.length / 3)), "损坏.xlsx", "before", options);
    expect(isUnreadableSide(s) && s.reason).toBe("unreadable");
  });

  it("says what a list with nothing to match by lacks", () => {
    const bytes = sampleXlsx({ sheet: "名单", rows: [["姓名", "班级"], ["张小明", "1班"]], planted: [] });
    const s = readCompareFile(bytes, "名单.xlsx", "after", options);
    expect(isUnreadableSide(s) && s.detail).toContain("「姓名」和「身份证件号」");
  });
});
