import { COLLECTION_FORM } from "../messages/documents";
import type { Template, TemplateColumn } from "../model/template";
import { column, memberColumns } from "./column";
import { allFieldKeys } from "./fields";

/**
 * Every known field as an optional column: a header that is not in the detected template but names a
 * field we know (年级 in a 2013-order file, 学籍号 in a §1.3 file) is checked like any other column instead
 * of being passed over. Shaped as a template so the header index serves it too.
 */
export const catalogue: Template = {
  id: "catalogue",
  name: "字段目录",
  description: "所有已知字段",
  source: COLLECTION_FORM,
  columns: buildColumns(),
  identifyBy: [],
};

function buildColumns(): TemplateColumn[] {
  // members keep their conditional ID-number duty: a member's ID type asks for the number wherever it appears
  const members = new Map([...memberColumns(1), ...memberColumns(2)].map((c) => [c.key, c] as const));
  return allFieldKeys().map((key) => members.get(key) ?? column(key));
}

/** The catalogue column for a key. */
export function catalogueColumn(key: string): TemplateColumn | undefined {
  return catalogue.columns.find((c) => c.key === key);
}
