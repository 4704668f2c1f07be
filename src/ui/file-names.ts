import { safeFileStem } from "../io/safe-file-stem";

/** "新生导入.xlsx" → "新生导入"; a path keeps only its last part; safe and bounded (a sheet's name may be anything). */
export function baseName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? name;
  return safeFileStem(last.replace(/\.(xlsx|xlsm|xls|csv|txt|tsv)$/i, ""));
}

/** The upload-ready copy keeps the source's name and format: "新生导入.xls" → "新生导入-清理后.xls". */
export function uploadFileName(source: string, extension: "xlsx" | "xls"): string {
  return `${baseName(source)}-清理后.${extension}`;
}

export function reportFileName(source: string): string {
  return `${baseName(source)}-校验报告.xlsx`;
}
