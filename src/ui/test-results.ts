import type { CheckResult, Issue, Severity } from "../core";

/** Synthetic issues for UI tests (the engine's own tests cover what it finds). */
export function makeIssue(over: Partial<Issue> & { code: string; severity: Severity }): Issue {
  return { sheet: "Sheet1", source: "测试", ...over };
}

/** `n` issues spread over rows, alternating between two ID rules and two columns. */
export function manyIssues(n: number): Issue[] {
  const out: Issue[] = [];
  for (let i = 0; i < n; i++) {
    const onId = i % 2 === 0;
    out.push(
      makeIssue({
        code: onId ? "cell/required" : "sheet/empty",
        severity: onId ? "error" : "warning",
        row: 3 + i,
        col: onId ? 4 : 0,
        column: onId ? "E" : "A",
        header: onId ? "身份证件号码" : "姓名",
      }),
    );
  }
  return out;
}

export function makeResult(issues: Issue[], over: Partial<CheckResult> = {}): CheckResult {
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length;
  return {
    sheet: "Sheet1",
    template: { id: "new-entrant", name: "新生名单（学前调档）" },
    profile: { id: "national", name: "全国默认" },
    layout: null,
    dataRows: 10,
    issues,
    counts: {
      errors: count("error"),
      warnings: count("warning"),
      fixes: count("fix"),
      byCode: {},
      byColumn: {},
      duplicateIds: 0,
      classesOverCap: 0,
    },
    classes: [],
    numbers: [],
    cleaned: { headers: [], keys: [], cells: [], sourceRows: [] },
    rejected: [],
    unchecked: [],
    ...over,
  };
}
