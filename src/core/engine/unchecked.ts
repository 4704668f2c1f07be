import type { Layout, UncheckedRule } from "../model/report";
import type { Template } from "../model/template";
import { field } from "../templates/fields";

interface LayoutCheck {
  /** the check, as the summary names it */
  check: string;
  /** whether the check belongs to a sheet of this kind at all */
  relevant(has: (key: string) => boolean, template: Template): boolean;
  /** the columns it cannot do without */
  needs: string[];
}

const REGISTERS = new Set(["national-2013", "national-continuation"]);

/**
 * Checks that silently find nothing when a column is missing: a sheet's summary says, once, which of
 * them could not be done on its layout and for want of which column, so a clean result is not read as
 * "checked and fine".
 */
const LAYOUT_CHECKS: LayoutCheck[] = [
  { check: "一年级入学年龄", relevant: (has, t) => REGISTERS.has(t.id) && has("birthDate"), needs: ["grade"] },
  { check: "入学年月与年级是否相符", relevant: (has) => has("entryYearMonth"), needs: ["grade"] },
  { check: "毕业年级、小学初中不得结业肄业", relevant: (_has, t) => t.id === "graduation", needs: ["grade"] },
  { check: "班额（按班级统计人数）", relevant: (_has, t) => REGISTERS.has(t.id), needs: ["className"] },
  { check: "班内学号同班不重复", relevant: (has) => has("classSerial"), needs: ["className"] },
];

/** The layout-dependent checks this sheet could not make. */
export function uncheckedRules(layout: Layout, template: Template): UncheckedRule[] {
  const keys = new Set(layout.columns.map((c) => c.key));
  const has = (key: string) => keys.has(key);
  const out: UncheckedRule[] = [];
  for (const c of LAYOUT_CHECKS) {
    if (!c.relevant(has, template)) continue;
    const missing = c.needs.filter((k) => !has(k));
    if (missing.length) out.push({ check: c.check, missing: missing.map((k) => field(k).header) });
  }
  return out;
}

/** "一年级入学年龄（缺少「年级」列）；…", for summaries. */
export function describeUnchecked(list: readonly UncheckedRule[]): string {
  return list.map((u) => `${u.check}（缺少${u.missing.map((h) => `「${h}」`).join("、")}列）`).join("；");
}
