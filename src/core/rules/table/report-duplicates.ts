import type { Place } from "../../model/issue";
import type { RowView, RuleContext } from "../types";
import { groupDuplicates } from "./group-duplicates";

/**
 * A column filled by dragging one cell down makes one group of thousands of rows: list only the
 * first few other rows so the report stays linear; `count` still says how many there are.
 */
export const MAX_RELATED = 20;
const MAX_LISTED = 10;

/**
 * Report every row of every group of rows sharing a key: each occurrence gets the issue, with the
 * other rows of its group as `related`, so the user sees all of them wherever they look first.
 */
export function reportDuplicateRows(
  rows: readonly RowView[],
  ctx: RuleContext,
  code: string,
  key: string,
  keyOf: (row: RowView) => string | null,
): void {
  reportDuplicateGroups(groupDuplicates(rows, keyOf), ctx, code, key);
}

/** As reportDuplicateRows, for groups found already; `more` adds words about the group (its class …). */
export function reportDuplicateGroups(
  groups: readonly (readonly RowView[])[],
  ctx: RuleContext,
  code: string,
  key: string,
  more?: (first: RowView) => Record<string, string>,
): void {
  for (const group of groups) {
    const places: Place[] = group.slice(0, MAX_RELATED + 1).map((r) => ({ row: r.row }));
    const params = { ...more?.(group[0]), count: group.length, rows: listRows(group) };
    for (const r of group) {
      ctx.report({
        code,
        row: r.row,
        key,
        value: r.get(key),
        params: { ...params },
        related: relatedTo(places, r.row),
      });
    }
  }
}

/** The sheet rows of a group as the message lists them: "2、4、5", or the first ten and 等. */
export function listRows(group: readonly RowView[]): string {
  const listed = group.slice(0, MAX_LISTED).map((r) => r.row).join("、");
  return group.length > MAX_LISTED ? `${listed} 等` : listed;
}

function relatedTo(places: readonly Place[], row: number): Place[] {
  const others = places.filter((p) => p.row !== row);
  return others.length > MAX_RELATED ? others.slice(0, MAX_RELATED) : others;
}
