import type { TemplateColumn } from "../model/template";
import { field, ID_TYPES_WITH_NUMBER } from "./fields";

export interface ColumnOptions {
  /** the header as this layout writes it, when it differs from the field's usual one */
  header?: string;
  kdCode?: string;
  required?: TemplateColumn["required"];
  confidence?: TemplateColumn["confidence"];
}

/** A template column from a field definition; the field's other spellings all become aliases. */
export function column(key: string, opts: ColumnOptions = {}): TemplateColumn {
  const def = field(key);
  const header = opts.header ?? def.header;
  const aliases = [def.header, ...(def.aliases ?? [])].filter((a) => a !== header);
  const col: TemplateColumn = { ...def, header, aliases };
  if (opts.kdCode) col.kdCode = opts.kdCode;
  if (opts.required) col.required = opts.required;
  if (opts.confidence) col.confidence = opts.confidence;
  return col;
}

/** 身份证件号 is required unless the ID type is 其他 (TEMPLATES.md §1.1 note, §2.4). */
export const ID_NUMBER_REQUIRED = { key: "idType", notIn: ["其他"] };

const MEMBER_FIELDS = ["name", "relation", "relationNote", "address", "householdRegion", "phone", "guardian", "idType", "idNumber", "ethnicity", "employer", "position"];

/**
 * The 12 columns of 成员N in the order both layouts use (TEMPLATES.md §1.2, §1.3). Optional and [I]; a
 * member's ID number is required once a member ID type other than 其他 is filled in (same rule as the
 * student's, §2.4). `kdStart`: the KD code of 成员N姓名 when the layout has a code row.
 */
export function memberColumns(n: 1 | 2, opts: { kdStart?: number; headers?: Record<string, string> } = {}): TemplateColumn[] {
  return MEMBER_FIELDS.map((f, i) =>
    column(`member${n}.${f}`, {
      header: opts.headers?.[f],
      kdCode: opts.kdStart === undefined ? undefined : `KD_F${String(opts.kdStart + i).padStart(2, "0")}`,
      required: f === "idNumber" ? { key: `member${n}.idType`, in: ID_TYPES_WITH_NUMBER } : undefined,
      confidence: "I",
    }),
  );
}
