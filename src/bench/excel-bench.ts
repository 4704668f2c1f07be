/**
 * `npm run bench:excel [rows…]`: the national template (20,000 and 50,000 rows unless given) through
 * the Excel adapter against the recording fake host (src/excel/fake-excel.ts) with Excel on the web's
 * 5 MB payload cap. Per step: the pane's main-thread busy time (event-loop active time minus the
 * fake host's own work), the longest the thread went without a task boundary, context.sync calls,
 * and the largest request/response in UTF-8 bytes. Real Excel's round trips cannot be timed here;
 * the export's workbook is written in the worker (timed apart), the pane only encodes and hands it on.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { checkWorkbook, getProfile, getTemplate, workbookEdits } from "../core";
import { writeUpload } from "../io/write-upload";
import { applyFixes } from "../excel/apply-fixes";
import { toBase64 } from "../excel/export-workbook";
import { fakeExcel, FakeSheet, asRequestContext, type FakeContext } from "../excel/fake-excel";
import { fillNumbers } from "../excel/fill-numbers";
import { markIssues } from "../excel/marks";
import { readWorkbook } from "../excel/read-sheet";
import { writeReportSheets } from "../excel/report-sheets";
import { generateStudents } from "../samples/students";
import { templateRows } from "../samples/template-rows";

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const PAYLOAD_LIMIT = 5_000_000;
const mb = (n: number): string => (n / 1_000_000).toFixed(2);
const ms = (n: number): string => Math.round(n).toLocaleString("en-US");

async function step(name: string, ctx: FakeContext, run: () => Promise<unknown>): Promise<string> {
  const syncs0 = ctx.stats.syncs;
  const host0 = ctx.stats.hostMs;
  ctx.stats.maxRequestBytes = 0;
  ctx.stats.maxResponseBytes = 0;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const elu0 = performance.eventLoopUtilization();
  await run();
  const elu = performance.eventLoopUtilization(elu0);
  delay.disable();
  const busy = elu.active - (ctx.stats.hostMs - host0);
  const longest = delay.max / 1e6;
  const syncs = ctx.stats.syncs - syncs0;
  return `| ${name} | ${ms(busy)} | ${ms(longest)} | ${syncs} | ${mb(ctx.stats.maxRequestBytes)} | ${mb(ctx.stats.maxResponseBytes)} |`;
}

async function benchSize(rowsWanted: number): Promise<string[]> {
  const template = getTemplate("national-continuation")!;
  const students = generateStudents({ count: rowsWanted, seed: 7, schoolYear: 2026, grades: [1, 2, 3, 4, 5, 6] });
  const rows = templateRows(template, students);
  const col = (key: string) => template.columns.findIndex((c) => c.key === key);
  // problems scattered over the sheet as a real file has them: bad phones, and dates and IDs the engine can fix
  for (let r = 1; r < rows.length; r += 37) rows[r][col("phone")] = "1380013800";
  for (let r = 2; r < rows.length; r += 5) rows[r][col("birthDate")] = String(rows[r][col("birthDate")]).replace(/^(\d{4})(\d{2})(\d{2})$/, "$1/$2/$3");
  const sheet = new FakeSheet("学生信息", rows);
  const ctx = fakeExcel([sheet], { payloadLimit: PAYLOAD_LIMIT });
  const context = asRequestContext(ctx);
  const profile = getProfile("national")!;
  const lines = [
    `Excel adapter, ${rowsWanted} rows × ${template.columns.length} columns, fake host with a ${mb(PAYLOAD_LIMIT)} MB payload cap (Excel on the web)`,
    "",
    "| step | main-thread busy (ms) | longest without a task boundary (ms) | context.sync calls | largest request (MB) | largest response (MB) |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  let tables: Awaited<ReturnType<typeof readWorkbook>> = [];
  lines.push(await step("read the sheet", ctx, async () => (tables = await readWorkbook(context))));
  const check = checkWorkbook(tables, { profile });
  const result = check.results[0];
  lines.push(`| (engine: ${result.issues.length} issues, ${result.counts.fixes} fixes, ${result.numbers.length} numbers to fill) | | | | | |`);
  lines.push(await step("mark problem cells", ctx, () => markIssues(context, result, { rangeAreas: true })));
  lines.push(await step("write 校验报告 + 班额统计", ctx, () => writeReportSheets(context, result)));
  lines.push(await step("fill 学籍号", ctx, () => fillNumbers(context, result, { overwrite: false })));
  lines.push(await step("apply fixes (backup copy first)", ctx, () => applyFixes(context, result)));
  const t0 = performance.now();
  const bytes = writeUpload(null, tables, workbookEdits(check)).bytes;
  const workerMs = performance.now() - t0;
  let base64 = "";
  lines.push(await step("export: encode + hand to Excel.createWorkbook", ctx, async () => void (base64 = toBase64(bytes))));
  lines.push(`| (export workbook written in the worker: ${ms(workerMs)} ms, ${mb(bytes.length)} MB; base64 ${mb(base64.length)} MB) | | | | | |`);
  lines.push(`| refused syncs (over the cap) | | | ${ctx.stats.payloadRejections} | | |`);
  lines.push(`| syncs with no task boundary since the previous one | | | ${ctx.stats.syncsWithoutYield} | | |`);
  return lines;
}

async function main(): Promise<void> {
  const out: string[] = [];
  for (const n of SIZES.length > 0 ? SIZES : [20_000, 50_000]) out.push(...(await benchSize(n)), "");
  console.log(out.join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
