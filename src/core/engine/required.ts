import type { FieldCondition, Template, TemplateColumn } from "../model/template";
import type { RowView, RuleContext } from "../rules/types";
import type { DataRow } from "./row-view";

function holds(cond: FieldCondition, row: RowView): boolean {
  const v = row.get(cond.key);
  if (cond.empty !== undefined && (v === "") !== cond.empty) return false;
  if (cond.in && !cond.in.includes(v)) return false;
  if (cond.notIn && cond.notIn.includes(v)) return false;
  return true;
}

export interface RequiredSlot {
  column: TemplateColumn;
  /** the column's slot in a row's values */
  slot: number;
  /** header of the field a condition looks at, for the message */
  otherHeader?: string;
}

/**
 * The template's required and required-when columns that the sheet has, computed once per sheet.
 * A column the sheet lacks altogether is reported once by layout detection (header/missing), not
 * again on every row.
 */
export function requiredColumns(template: Template, present: readonly unknown[]): RequiredSlot[] {
  const out: RequiredSlot[] = [];
  template.columns.forEach((column, slot) => {
    const req = column.required;
    if (!req || !present[slot]) return;
    const otherHeader = req === true ? undefined : (template.columns.find((c) => c.key === req.key)?.header ?? req.key);
    out.push({ column, slot, otherHeader });
  });
  return out;
}

/** Required and required-when cells of one row. */
export function checkRequired(row: DataRow, required: readonly RequiredSlot[], ctx: RuleContext): void {
  for (const { column, slot, otherHeader } of required) {
    if (row.value(slot) !== "") continue;
    const req = column.required;
    if (req === true) {
      ctx.report({ code: "cell/required", row: row.row, key: column.key });
    } else if (req && holds(req, row)) {
      ctx.report({
        code: "cell/required-when",
        row: row.row,
        key: column.key,
        params: { other: otherHeader ?? req.key, otherValue: row.get(req.key) },
      });
    }
  }
}
