import type { UnreadableFile } from "../core/audit/types";
import { compareSideOf } from "../core/compare/side";
import type { CompareSide, Side } from "../core/compare/types";
import { checkWorkbook, rosterPool, type CheckOptions } from "../core";
import { READ_FAILURE_REASON } from "./read-audit-file";
import { ReadError } from "./read-error";
import { readWorkbook } from "./read-workbook";

/**
 * One list of a comparison: read, checked by the engine as `xueji check` would (a bare roster of 姓名 +
 * 身份证件号, or 姓名 + 性别 + 出生日期, counts too) and reduced to who is on it. A file that cannot be read
 * comes back with the reader's reason. Pure (bytes in), shared by the command line and the browser.
 */
export function readCompareFile(bytes: Uint8Array, path: string, side: Side, options: CheckOptions): CompareSide | UnreadableFile {
  let tables;
  try {
    tables = readWorkbook(bytes, path);
  } catch (e) {
    if (e instanceof ReadError) return { path, reason: READ_FAILURE_REASON[e.kind], detail: e.message };
    return { path, reason: "unreadable", detail: e instanceof Error ? e.message : String(e) };
  }
  const check = checkWorkbook(tables, { ...options, students: true, templates: rosterPool });
  return compareSideOf(side, path, check, options.profile);
}
