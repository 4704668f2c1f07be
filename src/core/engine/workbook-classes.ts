import { bandOf, UNFILLED } from "../classes/class-sizes";
import { parseGrade } from "../grade";
import { entryFor } from "../messages";
import type { Issue } from "../model/issue";
import type { CheckResult, ClassSize } from "../model/report";
import type { Profile } from "../profiles/schema";
import { countIssues } from "./counts";

interface Part {
  result: CheckResult;
  size: ClassSize;
}

/**
 * Class sizes of a workbook: a class split over two sheets (a teacher's sheet and a late-comers' sheet, or
 * one sheet per 年级 with the same 班号) is one class. Returns the workbook's class table, each class with
 * its sheets; a class over its cap (or in a 大班额 band) only once its sheets are added up gets the
 * finding on each of its sheets.
 */
export function workbookClasses(results: CheckResult[], profile: Profile): ClassSize[] {
  const groups = new Map<string, Part[]>();
  const order: Part[][] = [];
  for (const result of results) {
    for (const size of result.classes) {
      if (size.className === UNFILLED || size.grade === UNFILLED) {
        order.push([{ result, size }]);
        continue;
      }
      const grade = parseGrade(size.grade, profile.schoolSystem)?.grade ?? size.grade;
      const key = `${size.school ?? ""}\u0000${grade}\u0000${size.className}`;
      let g = groups.get(key);
      if (!g) {
        groups.set(key, (g = []));
        order.push(g);
      }
      g.push({ result, size });
    }
  }
  const touched = new Set<CheckResult>();
  const out: ClassSize[] = [];
  for (const parts of order) {
    if (parts.length === 1) {
      out.push({ ...parts[0].size, sheets: [parts[0].result.sheet] });
      continue;
    }
    const merged = mergeParts(parts, profile);
    out.push(merged);
    // the parts share their cap, so a part over it makes the sum over it too: only new findings are reported
    if (merged.status === "over-cap" && !parts.some((p) => p.size.status === "over-cap")) report(parts, merged, "workbook/class-over-cap", touched);
    else if (merged.status === "ok" && merged.band !== "normal" && !parts.some((p) => p.size.band === merged.band)) report(parts, merged, "workbook/class-large-band", touched);
  }
  for (const result of touched) {
    result.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    result.counts = countIssues(result.issues, result.classes);
    // over its cap only with the other sheets' pupils: still a class of this sheet over its cap
    result.counts.classesOverCap += result.issues.filter((i) => i.code === "workbook/class-over-cap").length;
  }
  return out;
}

function mergeParts(parts: Part[], profile: Profile): ClassSize {
  const first = parts[0].size;
  const count = parts.reduce((n, p) => n + p.size.count, 0);
  const cap = parts.find((p) => p.size.cap !== null)?.size.cap ?? null;
  return {
    ...first,
    count,
    cap,
    band: bandOf(count, profile),
    status: cap !== null && count > cap ? "over-cap" : "ok",
    rows: parts.flatMap((p) => p.size.rows),
    sheets: [...new Set(parts.map((p) => p.result.sheet))],
  };
}

function report(parts: Part[], merged: ClassSize, code: string, touched: Set<CheckResult>): void {
  const entry = entryFor(code);
  const sheets = merged.sheets!.map((s) => `「${s}」`).join("、");
  for (const { result, size } of parts) {
    const column = result.layout?.columns.find((c) => c.key === "className");
    const issue: Issue = {
      code,
      severity: entry.severity,
      sheet: result.sheet,
      row: size.rows[0],
      ...(column ? { col: column.col, column: column.letter, header: column.header } : {}),
      key: "className",
      value: size.className,
      params: { grade: size.grade, className: size.className, count: merged.count, here: size.count, cap: merged.cap ?? "", sheets },
      related: parts.filter((p) => p.result !== result).map((p) => ({ sheet: p.result.sheet, row: p.size.rows[0] })),
      source: entry.source,
    };
    result.issues.push(issue);
    touched.add(result);
  }
}
