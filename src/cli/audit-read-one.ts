import { readFileSync, statSync } from "node:fs";
import type { CheckOptions } from "../core";
import { readAuditFile } from "../io/read-audit-file";
import { MAX_FILE_BYTES } from "../io/read-workbook";

export type AuditRead = ReturnType<typeof readAuditFile>;

/** One file of `xueji audit` from disk: refused by its size before it is loaded, else read and checked. */
export function readOneAuditFile(full: string, shown: string, options: CheckOptions): AuditRead {
  const size = statSync(full).size;
  if (size > MAX_FILE_BYTES) {
    const detail = `文件过大（约 ${Math.ceil(size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）。请按年级或班级拆分。`;
    return { file: { path: shown, reason: "unreadable", detail }, rows: 0 };
  }
  return readAuditFile(new Uint8Array(readFileSync(full)), shown, options);
}
