import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { auditCounty, maskDeep } from "../core/audit";
import { classOf, counts, fileOf, rowOf, sheetOf } from "../core/audit/test-fixtures";
import { getProfile } from "../core/profiles";
import { makeResidentId } from "../core/validators/test-ids";
import { writeAuditWorkbook } from "./write-audit";

/**
 * Well-formed XML: every tag closed in order, attributes quoted, nothing but whitespace or text between.
 * Enough for the parts written here (no CDATA, comments or DTDs) without an XML parser dependency.
 */
function expectWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  let roots = 0;
  while (i < body.length) {
    const lt = body.indexOf("<", i);
    if (lt < 0) break;
    expect(body.slice(i, lt)).not.toMatch(/[<>]/);
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [, close, name, , selfClose] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
    i = tag.lastIndex;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

const profile = getProfile("national")!;
const id = makeResidentId({ birthDate: "20180906", seq: 10 });

function sampleReport() {
  return auditCounty(
    [
      fileOf("城关镇/一小.xlsx", "3141000001", [
        sheetOf("学生信息", [rowOf(3, { idNumber: id, name: "张小明" })], { classes: [classOf("1班", 40), classOf("2班", 58)], counts: counts(1, 2) }),
      ]),
      fileOf("河西乡/二小.xlsx", "3141000002", [sheetOf("学生信息", [rowOf(5, { idNumber: id, name: "张晓明" })], { classes: [classOf("1班", 30)] })]),
      fileOf("东山镇/三小.xlsx", "3141000003", [sheetOf("学生信息", [rowOf(2, {})], { classes: [classOf("1班", 44)] })]),
    ],
    [{ path: "坏.xlsx", reason: "unreadable", detail: "已损坏" }],
    profile,
  );
}

describe("writeAuditWorkbook", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeAuditWorkbook(sampleReport());
  });

  it("writes the five sheets SheetJS can read back, schools worst first with a filter", () => {
    const wb = XLSX.read(bytes, { type: "array" });
    expect(wb.SheetNames).toEqual(["汇总", "跨校重复", "班额统计", "问题清单", "无法读取"]);
    const summary = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets["汇总"]);
    expect(summary.slice(0, 3).map((r) => [r["学校"], r["错误"], r["可以上报"]])).toEqual([
      ["3141000001", 2, "否"],
      ["3141000002", 1, "否"],
      ["3141000003", 0, "是"],
    ]);
    expect(wb.Sheets["汇总"]["!autofilter"]?.ref).toBe("A1:L4");
    const dups = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets["跨校重复"]);
    expect(dups.map((r) => [r["号码"], r["文件"], r["行"], r["姓名"], r["范围"]])).toEqual([
      [id, "城关镇/一小.xlsx", 3, "张小明", "跨校"],
      [id, "河西乡/二小.xlsx", 5, "张晓明", "跨校"],
    ]);
    // the ID is a text cell, never a number that loses its last digits
    expect(wb.Sheets["跨校重复"]["C2"].t).toBe("s");
    const unreadable = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets["无法读取"]);
    expect(unreadable).toEqual([{ 文件: "坏.xlsx", 原因: expect.stringContaining("无法读取"), 说明: "已损坏" }]);
  });

  it("lists every issue with its school, file and row, audit findings included", () => {
    const wb = XLSX.read(bytes, { type: "array" });
    const issues = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets["问题清单"]);
    expect(issues.map((r) => [r["代码"], r["文件"], r["行"]])).toEqual([
      ["audit/duplicate-id", "城关镇/一小.xlsx", 3],
      ["audit/duplicate-id", "河西乡/二小.xlsx", 5],
    ]);
    expect(String(issues[0]["问题说明"])).toContain("共出现 2 处");
  });

  it("adds a well-formed column chart of the largest classes against the cap to 班额统计", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    const sheet = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    const sheetRels = await zip.file("xl/worksheets/_rels/sheet3.xml.rels")!.async("string");
    for (const xml of [chart, drawing, drawingRels, types, sheet, sheetRels]) expectWellFormed(xml);

    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain("<c:f>'班额统计'!$L$2:$L$5</c:f>");
    expect(chart).toContain("<c:f>'班额统计'!$M$2:$M$5</c:f>");
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    const rel = sheetRels.match(/Id="(rId\d+)"[^>]*Target="\.\.\/drawings\/drawing1\.xml"/);
    expect(rel).not.toBeNull();
    expect(sheet).toContain(`<drawing r:id="${rel![1]}"/>`);
    // schema order: <drawing> after the page margins
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("<pageMargins"));
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');

    const wb = XLSX.read(bytes, { type: "array" });
    const data = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets["班额统计"], { header: 1 });
    expect(data.slice(1, 5).map((r) => r.slice(10, 13))).toEqual([
      ["3141000001 一年级2班", 58, 45],
      ["3141000003 一年级1班", 44, 45],
      ["3141000001 一年级1班", 40, 45],
      ["3141000002 一年级1班", 30, 45],
    ]);
  });

  it("writes no chart when there are no classes", async () => {
    const empty = auditCounty([fileOf("a.xlsx", "甲校", [sheetOf("s", [])])], [], profile);
    const zip = await JSZip.loadAsync(await writeAuditWorkbook(empty));
    expect(Object.keys(zip.files).filter((f) => f.includes("chart"))).toEqual([]);
  });

  it("shows masked IDs only, when given a masked report", async () => {
    const zip = await JSZip.loadAsync(await writeAuditWorkbook(maskDeep(sampleReport())));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).not.toContain(id);
    expect(strings).toContain(`${id.slice(0, 6)}********${id.slice(14)}`);
  });
});
