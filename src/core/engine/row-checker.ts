import type { StudentRef } from "../model/report";
import type { Template } from "../model/template";
import { rowRules } from "../rules/row";
import type { CellInput, RowRule, RuleContext } from "../rules/types";
import { internalError } from "./internal-error";
import { checkedAfterRead, type Slot } from "./read-rows";
import { checkRequired, requiredColumns, type RequiredSlot } from "./required";
import type { DataRow, KeyIndex } from "./row-view";

/**
 * The checks that read other cells of the row (the ID check reads the ID type), the required cells and the
 * row rules, for one row once all its cells are normalised. The reader calls check() as it finishes each
 * row, while the row's strings are still in the processor's cache.
 * A class, not a closure made per sheet: the compiled reader calls one method for every sheet, and
 * compiled code that had called the closure of a sheet since collected is thrown away and compiled again.
 */
export class RowChecker {
  /** who each row is, in sheet order, when asked for (the county audit) */
  readonly students: StudentRef[] | undefined;
  private readonly required: RequiredSlot[];
  private readonly rules: RowRule[];
  private readonly later: number[] = [];
  private readonly refSlots: Int32Array | null;
  // one CellInput refilled per cell: handlers read it and keep nothing (see FieldKindHandler)
  private readonly cell: { -readonly [K in keyof CellInput]: CellInput[K] };

  constructor(
    private readonly slots: readonly (Slot | null)[],
    template: Template,
    private readonly ctx: RuleContext,
    /** the sheet's key index, to list who each row is; null not to */
    studentKeys: KeyIndex | null,
  ) {
    this.required = requiredColumns(template, slots);
    const has = (key: string) => slots.some((s) => s?.column.key === key);
    this.rules = rowRules.filter((rule) => !rule.appliesTo || rule.appliesTo(has, template));
    slots.forEach((s, i) => checkedAfterRead(s) && this.later.push(i));
    this.cell = { raw: null, value: "", column: template.columns[0], row: null as unknown as DataRow };
    this.students = studentKeys ? [] : undefined;
    this.refSlots = studentKeys ? Int32Array.from(STUDENT_FIELDS, (key) => studentKeys.get(key) ?? -1) : null;
  }

  check(row: DataRow): void {
    const { slots, ctx, cell } = this;
    for (const i of this.later) {
      const value = row.value(i);
      if (value === "" || row.isSettled(i)) continue;
      const slot = slots[i]!;
      cell.raw = row.rawAt(i) ?? null;
      cell.value = value;
      cell.column = slot.column;
      cell.row = row;
      try {
        slot.handler.check!(cell, ctx);
      } catch (err) {
        internalError(ctx, err, row.row, slot.column.key, value);
      }
    }
    checkRequired(row, this.required, ctx);
    for (const rule of this.rules) {
      try {
        rule.check(row, ctx);
      } catch (err) {
        internalError(ctx, err, row.row);
      }
    }
    if (this.refSlots !== null) this.students!.push(studentRef(row, this.refSlots));
  }
}

/** The fields of a StudentRef, in the order of RowChecker's slots for them. */
const STUDENT_FIELDS = ["idNumber", "name", "birthDate", "registerNumber", "auxNumber", "schoolCode", "grade", "className", "sex", "certificateNumber", "continuationId"] as const;

/** Who a row is, for the audit across files: the fields' slots are looked up once per sheet, not per row. */
function studentRef(r: DataRow, slots: Int32Array): StudentRef {
  const at = (i: number) => (slots[i] < 0 ? "" : r.value(slots[i]));
  return {
    row: r.row,
    idNumber: at(0),
    name: at(1),
    birthDate: at(2),
    registerNumber: at(3),
    auxNumber: at(4),
    schoolCode: at(5),
    grade: at(6),
    className: at(7),
    sex: at(8),
    certificateNumber: at(9),
    continuationId: at(10),
  };
}
