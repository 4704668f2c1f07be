import { auditFileOf, type AuditFile, type UnreadableFile, type UnreadableReason } from "../core/audit";
import { checkWorkbook, type CheckOptions } from "../core";
import { ReadError, type ReadErrorKind } from "./read-error";
import { readWorkbook } from "./read-workbook";

/** Why the reader gave up, as the audit (and the comparison) name it. */
export const READ_FAILURE_REASON: Record<ReadErrorKind, UnreadableReason> = {
  encrypted: "encrypted",
  corrupt: "unreadable",
  empty: "unreadable",
  "too-large": "unreadable",
  unsupported: "unsupported",
};

/**
 * One school's file for the county audit: read, checked by the engine exactly as `xueji check` would,
 * and reduced to what the audit keeps. A file that cannot be read is returned with the reader's reason,
 * so the audit goes on with the others. Pure (bytes in), shared by the command line and the browser.
 */
export function readAuditFile(bytes: Uint8Array, path: string, options: CheckOptions): { file: AuditFile | UnreadableFile; rows: number } {
  let tables;
  try {
    tables = readWorkbook(bytes, path);
  } catch (e) {
    if (e instanceof ReadError) return { file: { path, reason: READ_FAILURE_REASON[e.kind], detail: e.message }, rows: 0 };
    return { file: { path, reason: "unreadable", detail: e instanceof Error ? e.message : String(e) }, rows: 0 };
  }
  const check = checkWorkbook(tables, { ...options, students: true });
  const rows = check.results.reduce((n, r) => n + r.dataRows, 0);
  return { file: auditFileOf(path, check), rows };
}
