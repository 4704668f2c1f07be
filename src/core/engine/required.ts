import type { FieldCondition, Template, TemplateColumn } from "../model/template";
import type { RowView, RuleContext } from "../rules/types";

function holds(cond: FieldCondition, row: RowView): boolean {
  const v = row.get(cond.key);
  if (cond.empty !== undefined && (v === "") !== cond.empty) return false;
  if (cond.in && !cond.in.includes(v)) return false;
  if (cond.notIn && cond.notIn.includes(v)) return false;
  return true;
}

/** The template's required and required-when columns, computed once per sheet. */
export function requiredColumns(template: Template): TemplateColumn[] {
  return template.columns.filter((c) => c.required);
}

/**
 * Required and required-when cells. A column the sheet lacks altogether is reported once by layout
 * detection (header/missing), not again on every row.
 */
export function checkRequired(row: RowView, required: readonly TemplateColumn[], template: Template, ctx: RuleContext): void {
  for (const column of required) {
    const req = column.required;
    if (!req || row.get(column.key) !== "" || !row.has(column.key)) continue;
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
