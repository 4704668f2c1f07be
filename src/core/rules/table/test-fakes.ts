import type { IssueDraft, RowView, RuleContext } from "../types";
import type { Profile } from "../../profiles/schema";
import type { Template } from "../../model/template";
import { tableMessages } from "../../messages/table";

/**
 * Test helpers for table rules, class sizes and numbering: rows from plain objects (the first data
 * row is sheet row 2 unless given) and a context that records what is reported and fails on a code
 * missing from the catalogue.
 */
export function fakeRows(records: Array<Record<string, string>>, opts: { firstRow?: number; columns?: string[] } = {}): RowView[] {
  const first = opts.firstRow ?? 2;
  return records.map((rec, i) => {
    const has = (key: string) => (opts.columns ? opts.columns.includes(key) : key in rec);
    return {
      row: first + i,
      get: (key: string) => (has(key) ? (rec[key] ?? "") : ""),
      raw: (key: string) => (has(key) ? (rec[key] ?? null) : undefined),
      has,
    };
  });
}

export interface RecordingContext extends RuleContext {
  readonly issues: IssueDraft[];
  codes(): string[];
}

export function fakeContext(profile: Profile): RecordingContext {
  const issues: IssueDraft[] = [];
  return {
    profile,
    template: { id: "test", name: "test" } as unknown as Template,
    codeLists: { get: () => undefined, match: () => null },
    today: "20260915",
    issues,
    report: (issue) => {
      // every code a table rule, class check or numbering reports must have its words
      if (!tableMessages[issue.code]) throw new Error(`no catalogue entry for ${issue.code}`);
      issues.push(issue);
    },
    codes: () => issues.map((i) => i.code),
  };
}
