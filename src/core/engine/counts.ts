import type { Issue } from "../model/issue";
import type { ClassSize, Counts } from "../model/report";

export function countIssues(issues: readonly Issue[], classes: readonly ClassSize[]): Counts {
  const counts: Counts = {
    errors: 0,
    warnings: 0,
    fixes: 0,
    byCode: {},
    byColumn: {},
    duplicateIds: 0,
    classesOverCap: classes.filter((c) => c.status === "over-cap").length,
  };
  for (const i of issues) {
    if (i.severity === "error") counts.errors++;
    else if (i.severity === "warning") counts.warnings++;
    else counts.fixes++;
    counts.byCode[i.code] = (counts.byCode[i.code] ?? 0) + 1;
    if (i.header) counts.byColumn[i.header] = (counts.byColumn[i.header] ?? 0) + 1;
    if (i.code === "table/duplicate-id") counts.duplicateIds++;
  }
  return counts;
}
