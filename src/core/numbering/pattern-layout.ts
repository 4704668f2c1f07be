import type { NumberField } from "../profiles/schema";

/** Chinese names of the pattern fields, for messages (000 大同 三.2). */
export const FIELD_LABELS: Record<NumberField["kind"], string> = {
  entryYear: "年份代码",
  county: "县区代码",
  ownership: "办学性质代码",
  school: "学校代码",
  stage: "学段代码",
  class: "班级代码",
  serial: "流水号",
  literal: "固定位",
};

const SCHOOL_LEVEL = new Set<NumberField["kind"]>(["county", "ownership", "school", "literal"]);
const DIGITS = /^\d+$/;

export interface PatternLayout {
  fields: readonly NumberField[];
  /** per field: the fixed school-level value, or null for a per-row field */
  fixed: ReadonlyArray<string | null>;
  serialIndex: number;
  serialStart: number;
  serialLength: number;
  totalLength: number;
}

export type LayoutProblem = { code: "number/pattern-field-missing" | "number/pattern-field-invalid"; field: string; value?: string };

/**
 * Resolve a pattern's school-level values (from the profile, else from the user's school fields) and
 * find its serial. A pattern needs exactly one serial field; fixed values must be digits of the
 * field's length (shorter ones are zero-padded: 县区代码 "7" means "07").
 */
export function resolvePattern(
  fields: readonly NumberField[],
  schoolFields: Record<string, string> | undefined,
): PatternLayout | LayoutProblem {
  const fixed: Array<string | null> = [];
  let serialIndex = -1;
  let serialStart = 0;
  let offset = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const label = `${FIELD_LABELS[f.kind]}（${f.kind}）`;
    let value: string | null = null;
    if (SCHOOL_LEVEL.has(f.kind)) {
      const given = (f.value ?? schoolFields?.[f.kind] ?? "").trim();
      if (given === "") return { code: "number/pattern-field-missing", field: label };
      if (!DIGITS.test(given) || given.length > f.length) return { code: "number/pattern-field-invalid", field: label, value: given };
      value = given.padStart(f.length, "0");
    } else if (f.kind === "stage") {
      for (const digit of Object.values(f.map ?? {})) {
        if (!DIGITS.test(digit) || digit.length !== f.length) return { code: "number/pattern-field-invalid", field: label, value: digit };
      }
    } else if (f.kind === "serial") {
      if (serialIndex >= 0) return { code: "number/pattern-field-invalid", field: label, value: "多于一个" };
      serialIndex = i;
      serialStart = offset;
    }
    fixed.push(value);
    offset += f.length;
  }
  if (serialIndex < 0) return { code: "number/pattern-field-missing", field: `${FIELD_LABELS.serial}（serial）` };
  return { fields, fixed, serialIndex, serialStart, serialLength: fields[serialIndex].length, totalLength: offset };
}

export function isLayoutProblem(x: PatternLayout | LayoutProblem): x is LayoutProblem {
  return "code" in x;
}
