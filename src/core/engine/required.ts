import type { FieldCondition, Template } from "../model/template";
import type { RowView, RuleContext } from "../rules/types";

function holds(cond: FieldCondition, row: RowView): boolean {
  const v = row.get(cond.key);
  if (cond.empty !== undefined && (v === "") !== cond.empty) return false;
  if (cond.in && !cond.in.includes(v)) return false;
  if (cond.notIn && cond.notIn.includes(v)) return false;
  return true;
}

/**
 * Required and required-when cells. A column the sheet lacks altogether is reported once by layout
 * detection (header/missing), not again on every row.
 */
export function checkRequired(row: RowView, template: Template, ctx: RuleContext): void {
  for (const column of template.columns) {
    const req = column.required;
    if (!req || !row.has(column.key) || row.get(column.key) !== "") continue;
    if (req === true) {
      ctx.report({ code: "cell/required", row: row.row, key: column.key });
    } else if (holds(req, row)) {
      const other = template.columns.find((c) => c.key === req.key);
      ctx.report({
        code: "cell/required-when",
        row: row.row,
        key: column.key,
        params: { other: other?.header ?? req.key, otherValue: row.get(req.key) },
      });
    }
  }
}
