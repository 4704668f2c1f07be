import type { CodeList } from "../model/code-list";
import type { CellInput, FieldKindHandler, RuleContext } from "../rules/types";
import { CellWork, reportCell } from "./common";

const work = new CellWork();
const ALLOWED_SHOWN = 8;
const allowedCache = new WeakMap<CodeList, string>();

/** A few valid names for the message, e.g. "汉族、蒙古族、回族…". */
function allowedNames(ctx: RuleContext, listId: string): string {
  const list = ctx.codeLists.get(listId);
  if (!list) return "";
  let s = allowedCache.get(list);
  if (s === undefined) {
    const names = list.entries.slice(0, ALLOWED_SHOWN).map((e) => e.name);
    s = names.join("、") + (list.entries.length > ALLOWED_SHOWN ? "…" : "");
    allowedCache.set(list, s);
  }
  return s;
}

/**
 * A value of a code list, written by name (TEMPLATES.md §2.0). Codes, "code-name" and old spellings are
 * rewritten to the name here, so row rules compare names; a value matching nothing is reported in check().
 */
export function codeListHandler(listOf: (column: CellInput["column"]) => string): FieldKindHandler {
  return {
    normalise(raw, column, ctx) {
      work.start(raw);
      const m = ctx.codeLists.match(listOf(column), work.text);
      if (m) {
        if (m.via !== "name") work.change(m.entry.name, "fix/code-name");
        work.settle(); // a value that matched its list has nothing left for check() to find
      }
      return work.result();
    },
    check(cell, ctx) {
      const listId = listOf(cell.column);
      if (ctx.codeLists.match(listId, cell.value)) return;
      reportCell(cell, ctx, "cell/enum", { allowed: allowedNames(ctx, listId), list: ctx.codeLists.get(listId)?.name ?? listId });
    },
    cellOnly: true,
  };
}

export const codeField = codeListHandler((column) => column.codeList ?? "");
