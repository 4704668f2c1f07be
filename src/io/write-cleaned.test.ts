import * as XLSX from "@e965/xlsx";
import { checkSheet, cleanedRow, getProfile, renderIssue, type CheckResult, type SheetTable } from "../core";
import { entrantsSample, SAMPLE_TODAY } from "../samples/entrants-sample";
import { readWorkbook } from "./read-workbook";
import { writeCleanedWorkbook } from "./write-cleaned";

const national = getProfile("national")!;

function sampleResult(): CheckResult {
  const sample = entrantsSample();
  const table: SheetTable = { sheet: sample.sheet, rows: sample.rows, source: "样例.xlsx" };
  return checkSheet(table, { profile: national, today: SAMPLE_TODAY });
}

/** A part of the xlsx package as text, to look at what ExcelJS wrote (validations, panes, sheet state). */
function part(bytes: Uint8Array, path: string): string {
  const zip = XLSX.CFB.read(bytes, { type: "array" });
  const entry = XLSX.CFB.find(zip, `/${path}`);
  if (!entry) throw new Error(`no ${path}`);
  return new TextDecoder().decode(entry.content as Uint8Array);
}

describe("writeCleanedWorkbook", () => {
  const result = sampleResult();
  let bytes: Uint8Array;
  let byName: Record<string, SheetTable>;

  beforeAll(async () => {
    bytes = await writeCleanedWorkbook(result);
    byName = Object.fromEntries(readWorkbook(bytes, "cleaned.xlsx").map((t) => [t.sheet, t]));
  });

  it("writes the sheets in reading order, the code list sheet last", () => {
    expect(Object.keys(byName)).toEqual(["学生信息", "未通过行", "问题清单", "班额统计", "生成的学籍号", "代码表"]);
    const tag = part(bytes, "xl/workbook.xml").match(/<sheet [^>]*name="代码表"[^>]*>/)?.[0];
    expect(tag).toContain('state="hidden"');
  });

  it("writes the cleaned rows under the template's headers, every cell as text", () => {
    const t = byName["学生信息"];
    expect(t.rows[0]).toEqual(result.cleaned.headers);
    expect(t.rows).toHaveLength(result.cleaned.sourceRows.length + 1);
    for (const row of t.rows.slice(1)) for (const v of row) expect(v === null || typeof v === "string").toBe(true);
    const id = result.cleaned.keys.indexOf("idNumber");
    const birth = result.cleaned.keys.indexOf("birthDate");
    expect(t.rows[1][id]).toBe(cleanedRow(result.cleaned, 0)[id]);
    expect(t.rows[1][birth]).toMatch(/^\d{8}$/);
    // the lower-case x was fixed, and the fixed value is what the cleaned sheet holds
    expect(t.rows.slice(1).some((r) => typeof r[id] === "string" && r[id].endsWith("X"))).toBe(true);
  });

  it("puts drop-downs on coded columns: short lists inline, 民族 from the code sheet", () => {
    const xml = part(bytes, "xl/worksheets/sheet1.xml");
    const sex = result.cleaned.keys.indexOf("sex");
    const letter = XLSX.utils.encode_col(sex);
    expect(xml).toContain(`sqref="${letter}2:${letter}${result.cleaned.sourceRows.length + 201}"`);
    expect(xml).toContain("&quot;男,女&quot;");
    const ethnicity = XLSX.utils.encode_col(result.cleaned.keys.indexOf("ethnicity"));
    expect(xml).toMatch(new RegExp(`sqref="${ethnicity}2:[^"]*"><formula1>&apos;代码表&apos;!\\$A\\$2:\\$A\\$\\d+<`));
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    const codes = byName["代码表"];
    expect(codes.rows.map((r) => r).flat()).toContain("汉族");
  });

  it("keeps every rejected row as found, with its source row and every error rendered", () => {
    const t = byName["未通过行"];
    expect(t.rows[0].slice(0, 2)).toEqual(["源行号", "未通过原因"]);
    expect(t.rows).toHaveLength(result.rejected.length + 1);
    const asNumber = result.rejected.find((r) => r.cells.some((c) => typeof c === "number" && c > 1e16))!;
    const written = t.rows.find((r) => r[0] === asNumber.sourceRow)!;
    expect(written.slice(2)).toContainEqual(asNumber.cells.find((c) => typeof c === "number" && c > 1e16));
    for (const issue of result.issues.filter((i) => i.row === asNumber.sourceRow && i.severity === "error")) {
      expect(String(written[1])).toContain(renderIssue(issue));
    }
    // every input row is accounted for once
    expect(result.cleaned.sourceRows.length + result.rejected.length).toBe(result.dataRows);
  });

  it("lists every issue with its place, severity in Chinese, value and fix", () => {
    const t = byName["问题清单"];
    expect(t.rows[0]).toEqual(["行", "列", "表头", "代码", "级别", "问题说明", "原值", "修正值"]);
    expect(t.rows).toHaveLength(result.issues.length + 1);
    const lowerX = t.rows.find((r) => r[3] === "fix/x-uppercase")!;
    expect(lowerX[4]).toBe("已修正");
    expect(String(lowerX[6]).endsWith("x")).toBe(true);
    expect(String(lowerX[7]).endsWith("X")).toBe(true);
  });

  it("tabulates class sizes with band and status in words", () => {
    const t = byName["班额统计"];
    expect(t.rows[0]).toEqual(["年级", "班级", "学段", "人数", "上限", "班额类别", "状态"]);
    expect(t.rows).toContainEqual(["一年级", "1班", "小学", 58, expect.any(Number), "大班额", "超过上限"]);
  });

  it("lists generated numbers with the student's name, and leaves the sheet out when there are none", async () => {
    const numbers = byName["生成的学籍号"];
    expect(numbers.rows[0]).toEqual(["行", "姓名", "字段", "号码", "规则"]);
    expect(numbers.rows).toHaveLength(result.numbers.length + 1);
    const first = result.numbers[0];
    const slot = result.cleaned.sourceRows.indexOf(first.row);
    const name = slot >= 0 ? cleanedRow(result.cleaned, slot)[result.cleaned.keys.indexOf("name")] : expect.any(String);
    expect(numbers.rows[1]).toEqual([first.row, name, "学籍号", first.value, "全国学籍号：G + 身份证件号"]);

    const none = readWorkbook(await writeCleanedWorkbook({ ...result, numbers: [] }), "n.xlsx");
    expect(none.map((t) => t.sheet)).not.toContain("生成的学籍号");
  });
});
