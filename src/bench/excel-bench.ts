/**
 * `npm run bench:excel`: a 20,000-row sheet of the national template through the Excel adapter against
 * the recording fake host (src/excel/fake-excel.ts) with Excel on the web's 5 MB payload cap: how many
 * context.sync calls each step makes and its largest request/response. Real Excel's timings cannot be
 * measured here; these counts are what decide them.
 */
import { checkWorkbook, getProfile, getTemplate } from "../core";
import { fakeExcel, FakeSheet, asRequestContext, type FakeContext } from "../excel/fake-excel";
import { markIssues } from "../excel/marks";
import { readWorkbook } from "../excel/read-sheet";
import { writeReportSheets } from "../excel/report-sheets";
import { generateStudents } from "../samples/students";
import { templateRows } from "../samples/template-rows";

const ROWS = Number(process.argv[2] ?? 20_000);
const PAYLOAD_LIMIT = 5_000_000;
const mb = (n: number): string => (n / 1_000_000).toFixed(2);

async function step(name: string, ctx: FakeContext, run: () => Promise<unknown>): Promise<string> {
  const before = { ...ctx.stats };
  ctx.stats.maxRequestBytes = 0;
  ctx.stats.maxResponseBytes = 0;
  const t0 = performance.now();
  await run();
  const s = (performance.now() - t0) / 1000;
  const syncs = ctx.stats.syncs - before.syncs;
  return `| ${name} | ${syncs} | ${mb(ctx.stats.maxRequestBytes)} | ${mb(ctx.stats.maxResponseBytes)} | ${s.toFixed(2)} |`;
}

async function main(): Promise<void> {
  const template = getTemplate("national-continuation")!;
  const students = generateStudents({ count: ROWS, seed: 7, schoolYear: 2026, grades: [1, 2, 3, 4, 5, 6] });
  const rows = templateRows(template, students);
  // a few hundred problems scattered over the sheet, as a real file has
  for (let r = 1; r < rows.length; r += 37) rows[r][template.columns.findIndex((c) => c.key === "phone")] = "1380013800";
  const sheet = new FakeSheet("学生信息", rows);
  const ctx = fakeExcel([sheet], { payloadLimit: PAYLOAD_LIMIT });
  const context = asRequestContext(ctx);
  const profile = getProfile("national")!;
  const lines = [
    `Excel adapter, ${ROWS} rows × ${template.columns.length} columns, fake host with a ${mb(PAYLOAD_LIMIT)} MB payload cap (Excel on the web)`,
    "",
    "| step | context.sync calls | largest request (MB) | largest response (MB) | fake's time (s) |",
    "|---|---:|---:|---:|---:|",
  ];
  let tables: Awaited<ReturnType<typeof readWorkbook>> = [];
  lines.push(await step("read the sheet", ctx, async () => (tables = await readWorkbook(context))));
  const result = checkWorkbook(tables, { profile }).results[0];
  lines.push(`| (engine: ${result.issues.length} issues) | | | | |`);
  lines.push(await step("mark problem cells", ctx, () => markIssues(context, result, { rangeAreas: true })));
  lines.push(await step("mark, without ExcelApi 1.9", ctx, () => markIssues(context, result, { rangeAreas: false })));
  lines.push(await step("write 校验报告 + 班额统计", ctx, () => writeReportSheets(context, result)));
  lines.push(`| refused syncs (over the cap) | ${ctx.stats.payloadRejections} | | | |`);
  console.log(lines.join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
