/**
 * A failure that is ours, not the file's: said in Chinese with what to do, the error's own words kept in
 * brackets for a bug report — never a stack trace.
 */
export function internalErrorMessage(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `检查这个文件时程序出错，没有完成（${detail.slice(0, 200)}）。请把文件另存为 .xlsx 后重试；若仍出错，请把这段提示发给维护人员。`;
}
