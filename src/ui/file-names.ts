import type { CheckResult } from "../core";

/** "新生导入.xlsx" → "新生导入"; a path keeps only its last part. */
export function baseName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? name;
  return last.replace(/\.(xlsx|xlsm|xls|csv)$/i, "") || "学籍导入";
}

/** The cleaned workbook's name says what it is and where it came from. */
export function cleanedFileName(result: CheckResult): string {
  return `${baseName(result.source ?? result.sheet)}-清理后.xlsx`;
}

export function reportFileName(source: string): string {
  return `${baseName(source)}-校验报告.xlsx`;
}
