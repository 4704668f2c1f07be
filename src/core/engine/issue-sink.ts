import { entryFor } from "../messages";
import type { Issue } from "../model/issue";
import type { ColumnMap } from "../model/report";
import type { Template } from "../model/template";
import type { IssueDraft } from "../rules/types";

/**
 * Turns what rules report (a code, a row, a field key) into issues a user can act on: the sheet,
 * the column letter and header as in the file, the catalogue's severity and source.
 */
export class IssueSink {
  readonly issues: Issue[] = [];
  private readonly byKey = new Map<string, ColumnMap>();
  private readonly templateHeaders = new Map<string, string>();

  constructor(
    private readonly sheet: string,
    columns: readonly ColumnMap[],
    template: Template | null,
  ) {
    for (const c of columns) this.byKey.set(c.key, c);
    if (template) for (const c of template.columns) this.templateHeaders.set(c.key, c.header);
  }

  readonly report = (d: IssueDraft): void => {
    const entry = entryFor(d.code);
    const issue: Issue = { code: d.code, severity: d.severity ?? entry.severity, sheet: this.sheet, source: entry.source };
    if (d.row !== undefined) issue.row = d.row;
    if (d.key !== undefined) {
      issue.key = d.key;
      const col = this.byKey.get(d.key);
      if (col) {
        issue.col = col.col;
        issue.column = col.letter;
        issue.header = col.header;
      } else {
        const header = this.templateHeaders.get(d.key);
        if (header) issue.header = header;
      }
    }
    if (d.value !== undefined) issue.value = d.value;
    if (d.fix !== undefined) issue.fix = d.fix;
    if (d.params) issue.params = d.params;
    if (d.related) issue.related = d.related;
    this.issues.push(issue);
  };
}
