import type { RawCell, SheetTable } from "../model/table";
import { getTemplate, templates } from "../templates";
import { detectLayout } from "./detect";
import { newEntrant } from "../templates/new-entrant";

const national = getTemplate("national-2013")!;
const continuation = getTemplate("national-continuation")!;

function sheet(rows: RawCell[][], origin?: SheetTable["origin"]): SheetTable {
  return { sheet: "Sheet1", rows, origin };
}

/** A deterministic shuffle, so a failure can be reproduced. */
function shuffled<T>(xs: T[], seed = 7): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe("detectLayout", () => {
  it("finds the §1.2 header under a merged title row, with the KD code row under it", () => {
    const headers = national.columns.map((c) => c.header);
    const kd = national.columns.map((c) => c.kdCode!);
    const r = detectLayout(
      sheet([["XX小学2025级新生学籍信息"], headers, kd, headers.map(() => "x")]),
      templates,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template.id).toBe("national-2013");
    expect(r.layout).toMatchObject({ headerRow: 2, fieldCodeRow: 3, dataStartRow: 4, missingKeys: [], extraColumns: [] });
    expect(r.layout.columns).toHaveLength(71);
    expect(r.layout.columns.find((c) => c.key === "idNumber")).toEqual({ key: "idNumber", header: "身份证件号", col: 12, letter: "M" });
    expect(r.issues).toEqual([]);
  });

  it("maps §1.3 headers in shuffled order by text, not position", () => {
    const headers = shuffled(continuation.columns.map((c) => c.header));
    const r = detectLayout(sheet([headers]), templates);
    expect(r.ok && r.template.id).toBe("national-continuation");
    if (!r.ok) return;
    expect(r.layout.dataStartRow).toBe(2);
    expect(r.layout.fieldCodeRow).toBeUndefined();
    for (const m of r.layout.columns) {
      expect(continuation.columns.find((c) => c.key === m.key)!.header).toBe(headers[m.col]);
    }
    expect(r.layout.columns).toHaveLength(71);
  });

  it("maps §1.2 headers in shuffled order to the 2013 template, not the continuation one", () => {
    const headers = shuffled(national.columns.map((c) => c.header), 11);
    const r = detectLayout(sheet([["学生信息(导入)模板"], ["说明：带★为必填项"], headers]), templates);
    expect(r.ok && r.template.id).toBe("national-2013");
    if (!r.ok) return;
    expect(r.layout.headerRow).toBe(3);
    for (const m of r.layout.columns) expect(national.columns.find((c) => c.key === m.key)!.header).toBe(headers[m.col]);
    expect(r.issues).toEqual([]);
  });

  it("accepts header variants: ★ marks, (必填) notes, line breaks, other spellings", () => {
    const headers = national.columns.map((c) => c.header);
    const variant = headers.map((h) =>
      h === "姓名" ? "★姓 名" : h === "身份证件号" ? "身份证号\n（必填）" : h === "出生地" ? "出生地行政区划代码" : h === "上下学交通方式" ? "上下学方式" : h === "是否需要乘坐校车" ? "*是否乘坐校车" : h,
    );
    const r = detectLayout(sheet([variant]), templates);
    expect(r.ok && r.template.id).toBe("national-2013");
    if (!r.ok) return;
    expect(r.layout.columns.find((c) => c.key === "name")!.header).toBe("★姓 名");
    expect(r.layout.missingKeys).toEqual([]);
    expect(r.issues).toEqual([]);
  });

  it("maps a column by its KD code when the caption is odd", () => {
    const headers = national.columns.map((c) => (c.key === "idNumber" ? "学生证件编号" : c.header));
    const kd = national.columns.map((c) => c.kdCode!);
    const r = detectLayout(sheet([headers, kd]), templates);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.layout.columns.find((c) => c.key === "idNumber")).toMatchObject({ header: "学生证件编号", letter: "M" });
    expect(codes(r)).toEqual([]);
  });

  it("uses 1-based sheet rows and sheet columns when the table does not start at A1", () => {
    const r = detectLayout(sheet([["新生名单"], [], ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"]], { row: 4, col: 2 }), templates);
    expect(r.ok && r.template.id).toBe("new-entrant");
    if (!r.ok) return;
    expect(r.layout).toMatchObject({ headerRow: 7, dataStartRow: 8 });
    expect(r.layout.columns[0]).toEqual({ key: "name", header: "姓名", col: 2, letter: "C" });
  });

  it("takes a 5-column list for the new-entrant template, not the big one", () => {
    const r = detectLayout(sheet([["身份证件号码", "姓名", "性别", "出生日期", "身份证件类型"]]), templates);
    expect(r.ok && r.template.id).toBe("new-entrant");
  });

  it("says which header is missing when 4 of the 5 new-entrant headers are there", () => {
    const r = detectLayout(sheet([["姓名", "性别", "出生日期", "身份证件类型"], ["张小明", "男", "20190304", "居民身份证"]]), templates);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.closest!.template.id).toBe("new-entrant");
    expect(r.closest!.missing).toEqual(["身份证件号码"]);
    expect(r.issues).toEqual([{ code: "header/unknown-template", row: 1, params: { template: "新生名单（学前调档）", missing: "身份证件号码" } }]);
  });

  it("does not take a 2013 sheet that lost an identifying column for the 5-column list", () => {
    const headers = national.columns.filter((c) => c.key !== "studyMode").map((c) => c.header);
    const r = detectLayout(sheet([headers]), templates);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.closest!.template.id).toBe("national-2013");
    expect(r.closest!.missing).toEqual(["就读方式"]);
  });

  it("does not mistake a class timetable for a template", () => {
    const r = detectLayout(
      sheet([
        ["三年级2班课程表"],
        ["节次", "星期一", "星期二", "星期三", "星期四", "星期五", "班级"],
        ["1", "语文", "数学", "英语", "语文", "数学", "三年级2班"],
      ]),
      templates,
    );
    expect(r).toEqual({ ok: false, closest: null, issues: [{ code: "header/not-a-template", params: { rows: 30 } }] });
  });

  it("reports duplicate, missing required and unknown columns", () => {
    const headers = national.columns.filter((c) => c.key !== "ethnicity" && c.key !== "email").map((c) => c.header);
    headers.push("姓名", "备注");
    const r = detectLayout(sheet([headers]), templates);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toEqual([
      { code: "header/duplicate", row: 1, key: "name", params: { header: "姓名", firstColumn: "B", duplicateColumn: "BR" } },
      { code: "header/missing", row: 1, key: "ethnicity", params: { header: "民族" } },
      { code: "header/extra", row: 1, params: { header: "备注", column: "BS" } },
    ]);
    expect(r.layout.missingKeys).toEqual(["ethnicity", "email"]);
    expect(r.layout.columns.find((c) => c.key === "name")!.col).toBe(1);
  });

  it("reads a graduation list written with other header spellings", () => {
    const r = detectLayout(sheet([["序号", "个人标识码", "学生姓名", "身份证号", "班级", "毕（结）业结论", "毕业时间"]]), templates);
    expect(r.ok && r.template.id).toBe("graduation");
    if (!r.ok) return;
    expect(r.layout.columns.map((c) => c.key)).toEqual(["registerNumber", "name", "idNumber", "className", "graduationResult", "graduationYearMonth"]);
    expect(codes(r)).toEqual(["header/extra"]);
  });

  describe("with a chosen template", () => {
    it("uses it even when another would fit better", () => {
      const r = detectLayout(sheet([national.columns.map((c) => c.header)]), templates, { templateId: "new-entrant" });
      expect(r.ok && r.template.id).toBe("new-entrant");
      if (!r.ok) return;
      // the national sheet writes 身份证件号, an accepted spelling of 身份证件号码; its other 66 columns are
      // fields we know, so they are checked too rather than passed over
      expect(r.template.columns.slice(0, 5).map((c) => c.key)).toEqual(newEntrant.columns.map((c) => c.key));
      expect(r.layout.columns).toHaveLength(national.columns.length);
      expect(codes(r)).toEqual([]);
    });

    it("reports the chosen template's missing required columns when the sheet mostly fits", () => {
      const r = detectLayout(sheet([["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"]]), templates, { templateId: "graduation" });
      expect(r.ok && r.template.id).toBe("graduation");
      // 身份证件类型 is no graduation column, but a known field: checked, not reported as extra
      expect(codes(r)).toEqual(["header/missing"]);
    });

    it("fails when too few of its columns are there", () => {
      const r = detectLayout(sheet([["姓名", "语文", "数学", "英语"]]), templates, { templateId: "graduation" });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.closest!.template.id).toBe("graduation");
      expect(r.closest!.missing).toEqual(["毕业结论"]);
      expect(codes(r)).toEqual(["header/template-mismatch"]);
    });

    it("fails on a sheet with no header at all, and on an unknown id", () => {
      expect(codes(detectLayout(sheet([["a", "b"]]), templates, { templateId: "new-entrant" }))).toEqual(["header/template-mismatch"]);
      expect(codes(detectLayout(sheet([["姓名"]]), templates, { templateId: "nope" }))).toEqual(["header/unknown-template-id"]);
    });
  });
});
