/** "新生导入.xlsx" → "新生导入"; a path keeps only its last part. */
export function baseName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? name;
  return last.replace(/\.(xlsx|xlsm|xls|csv|txt|tsv)$/i, "") || "学籍导入";
}

/** The upload-ready copy keeps the source's name and format: "新生导入.xls" → "新生导入-清理后.xls". */
export function uploadFileName(source: string, extension: "xlsx" | "xls"): string {
  return `${baseName(source)}-清理后.${extension}`;
}

export function reportFileName(source: string): string {
  return `${baseName(source)}-校验报告.xlsx`;
}
