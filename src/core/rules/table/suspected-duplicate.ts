import type { Place } from "../../model/issue";
import type { RowView, TableRule } from "../types";
import { groupDuplicates } from "./group-duplicates";
import { listRows, MAX_RELATED } from "./report-duplicates";

/**
 * The national 查重 for registers without an ID (无身份证号的重复学籍): two rows with the same 姓名, 性别 and
 * 出生日期, at least one of them without an ID number, may be one child registered twice. Said more firmly
 * when a guardian's name matches too. Two rows whose ID numbers differ are two children, however alike
 * (and the same ID twice is the duplicate-ID error already); twins differ by name and are never paired.
 */
export const suspectedDuplicate: TableRule = {
  id: "suspected-duplicate",
  check(rows, ctx) {
    if (!rows[0]?.has("name") || !rows[0].has("birthDate")) return;
    // nearly every row has an ID: only rows named like a row without one can be in a group
    const names = new Set<string>();
    for (const r of rows) if (r.get("idNumber") === "" && r.get("name") !== "") names.add(r.get("name"));
    if (names.size === 0) return;
    const groups = groupDuplicates(rows, (r) => {
      const name = r.get("name");
      const birthDate = r.get("birthDate");
      return birthDate === "" || !names.has(name) ? null : `${name}\u0000${r.get("sex")}\u0000${birthDate}`;
    });
    for (const group of groups) {
      const withoutId = group.filter((r) => r.get("idNumber") === "");
      if (withoutId.length === 0) continue;
      const everyone = candidates(group);
      const noId = candidates(withoutId);
      for (const r of group) {
        // a row without an ID may be any other row of its group; a row with one, only a row without
        const pool = r.get("idNumber") === "" ? everyone : noId;
        const inPool = pool === everyone;
        const count = pool.rows.length - (inPool ? 1 : 0);
        if (count === 0) continue;
        const own = guardianNames(r);
        const shared = own.find((g) => (pool.guardians.get(g) ?? 0) - (inPool ? 1 : 0) > 0);
        const others = firstOthers(pool.rows, r);
        ctx.report({
          code: shared ? "table/likely-duplicate" : "table/suspected-duplicate",
          row: r.row,
          key: "name",
          value: r.get("name"),
          params: { count: count + 1, rows: listRows(others), ...(shared ? { guardian: shared } : {}) },
          related: others.slice(0, MAX_RELATED).map((o): Place => ({ row: o.row })),
        });
      }
    }
  },
};

interface Pool {
  rows: readonly RowView[];
  /** how many of the rows name each guardian */
  guardians: Map<string, number>;
}

function candidates(rows: readonly RowView[]): Pool {
  const guardians = new Map<string, number>();
  for (const r of rows) for (const g of new Set(guardianNames(r))) guardians.set(g, (guardians.get(g) ?? 0) + 1);
  return { rows, guardians };
}

/** The rows of a pool other than `r`, as many as a message lists (one more, so "等" is said when there are more). */
function firstOthers(rows: readonly RowView[], r: RowView): RowView[] {
  const out: RowView[] = [];
  for (const o of rows) {
    if (o === r) continue;
    out.push(o);
    if (out.length > MAX_RELATED) break;
  }
  return out;
}

/** The names of a row's guardians: the members marked 是否监护人=是, or both members when none is marked. */
function guardianNames(r: RowView): string[] {
  const members = ([1, 2] as const).map((n) => ({ name: r.get(`member${n}.name`), guardian: r.get(`member${n}.guardian`) }));
  const marked = members.filter((m) => m.guardian === "是");
  return (marked.length ? marked : members).map((m) => m.name).filter((n) => n !== "");
}
