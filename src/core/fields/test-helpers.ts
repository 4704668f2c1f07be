import type { CodeEntry, CodeList, CodeMatch } from "../model/code-list";
import type { RawCell } from "../model/table";
import type { TemplateColumn, ValueKind } from "../model/template";
import type { Profile } from "../profiles/schema";
import type { CodeLists, FieldKindHandler, IssueDraft, NormaliseResult, RowView, RuleContext } from "../rules/types";

/** Test fakes for field handlers: a small code-list matcher, a recording context and a row of normalised values. */

const CODE_NAME = /^([0-9A-Za-z]{1,3})\s*[-_:：.、]\s*(.+)$/;

/** A CodeLists over the given lists with the matching rules the real one promises: name, alias, code, code-name. */
export function fakeCodeLists(lists: CodeList[]): CodeLists {
  const byId = new Map(lists.map((l) => [l.id, l]));
  const find = (list: CodeList, input: string): CodeMatch | null => {
    const by = (pred: (e: CodeEntry) => boolean) => list.entries.find(pred);
    let e = by((x) => x.name === input);
    if (e) return { entry: e, via: "name" };
    e = by((x) => (x.aliases ?? []).includes(input));
    if (e) return { entry: e, via: "alias" };
    e = by((x) => x.code === input);
    if (e) return { entry: e, via: "code" };
    const m = CODE_NAME.exec(input);
    e = m ? by((x) => x.code === m[1] && x.name === m[2]) : undefined;
    return e ? { entry: e, via: "code-name" } : null;
  };
  return {
    get: (id) => byId.get(id),
    match: (id, input) => {
      const list = byId.get(id);
      return list && input ? find(list, input) : null;
    },
  };
}

const list = (id: string, name: string, entries: CodeEntry[]): CodeList => ({ id, name, standard: "test", entries });

/** Small synthetic lists, enough for the handlers' tests. */
export const TEST_LISTS: CodeList[] = [
  list("sex", "性别", [
    { code: "1", name: "男" },
    { code: "2", name: "女" },
  ]),
  list("ethnicity", "民族", [
    { code: "01", name: "汉族", aliases: ["汉"] },
    { code: "02", name: "蒙古族" },
    { code: "36", name: "毛南族", aliases: ["毛难族"] },
  ]),
  list("idType", "身份证件类型", [
    { code: "1", name: "居民身份证" },
    { code: "A", name: "护照" },
    { code: "6", name: "香港特区护照/身份证明" },
    { code: "Z", name: "其他" },
  ]),
  list("flag", "是否", [
    { code: "1", name: "是", aliases: ["Y", "y"] },
    { code: "0", name: "否", aliases: ["N", "n"] },
  ]),
];

export interface RecordingContext extends RuleContext {
  reports: IssueDraft[];
}

export function fakeContext(opts: { today?: string; lists?: CodeList[] } = {}): RecordingContext {
  const reports: IssueDraft[] = [];
  return {
    // field handlers never read the profile or the template
    profile: {} as unknown as Profile,
    template: { id: "test", name: "测试", description: "", source: "", columns: [], identifyBy: [] },
    codeLists: fakeCodeLists(opts.lists ?? TEST_LISTS),
    today: opts.today ?? "20251015",
    reports,
    report: (issue) => reports.push(issue),
  };
}

/** A row whose sheet has exactly the given (normalised) values. */
export function makeRow(values: Record<string, string>, row = 5): RowView {
  return {
    row,
    get: (key) => values[key] ?? "",
    raw: (key) => (key in values ? values[key] : undefined),
    has: (key) => key in values,
  };
}

export function column(kind: ValueKind, key: string, extra: Partial<TemplateColumn> = {}): TemplateColumn {
  return { key, header: key, kind, ...extra };
}

export interface CellRun {
  normalised: NormaliseResult;
  /** present when normalise() proved the value valid, so check() was not run */
  settled?: true;
  reports: IssueDraft[];
}

/**
 * Runs a handler on one cell as the engine does: normalise, then (for a non-empty value) check with the
 * row's other values. `others` are the row's other fields, already normalised.
 */
export function runCell(
  handler: FieldKindHandler,
  col: TemplateColumn,
  raw: RawCell,
  others: Record<string, string> = {},
  ctx: RecordingContext = fakeContext(),
): CellRun {
  const start = ctx.reports.length;
  // copy: handlers may hand back a reused result object
  const { settled, ...normalised } = handler.normalise(raw, col, ctx);
  const row = makeRow({ ...others, [col.key]: normalised.value });
  // as the engine does: a settled value is not checked again
  if (normalised.value !== "" && handler.check && !settled) handler.check({ raw, value: normalised.value, column: col, row }, ctx);
  return { normalised, reports: ctx.reports.slice(start), ...(settled ? { settled: true as const } : {}) };
}

/** Just the codes a run reported (fixes and problems), for compact assertions. */
export function codesOf(run: CellRun): string[] {
  return [...(run.normalised.fixes ?? []).map((f) => f.code), ...run.reports.map((r) => r.code)];
}
