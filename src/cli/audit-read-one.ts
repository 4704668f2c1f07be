import { readFileSync, statSync } from "node:fs";
import type { CheckOptions } from "../core";
import { readAuditFile } from "../io/read-audit-file";
import { MAX_FILE_BYTES } from "../io/read-workbook";
import { fsMessage } from "./fs-message";

export type AuditRead = ReturnType<typeof readAuditFile>;

/**
 * One file of `xueji audit` from disk: refused by its size before it is loaded, else read and checked. A file
 * the system will not give us (no permission, gone since it was listed, a broken link) is listed with why.
 */
export function readOneAuditFile(full: string, shown: string, options: CheckOptions): AuditRead {
  let bytes: Uint8Array;
  try {
    const st = statSync(full);
    if (st.isDirectory()) return unreadable(shown, fsMessage({ code: "EISDIR" }, "read"));
    if (st.size > MAX_FILE_BYTES) {
      return unreadable(shown, `文件过大（约 ${Math.ceil(st.size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）。请按年级或班级拆分。`);
    }
    bytes = new Uint8Array(readFileSync(full));
  } catch (e) {
    return unreadable(shown, fsMessage(e, "read"));
  }
  return readAuditFile(bytes, shown, options);
}

export function unreadable(path: string, detail: string): AuditRead {
  return { file: { path, reason: "unreadable", detail }, rows: 0 };
}
