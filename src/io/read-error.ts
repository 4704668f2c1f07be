/** Why a file could not be read; the CLI and the browser page show `message` as is. */
export type ReadErrorKind = "encrypted" | "corrupt" | "unsupported" | "empty" | "too-large";

/**
 * A file the reader refuses. The message is Chinese and says what is wrong and what to do,
 * because it is shown to registrars as is; `detail` keeps the parser's own words for bug reports.
 */
export class ReadError extends Error {
  constructor(
    readonly kind: ReadErrorKind,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "ReadError";
  }
}

export function encryptedError(fileName: string): ReadError {
  return new ReadError(
    "encrypted",
    `文件「${fileName}」设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开它，在“文件 → 信息 → 保护工作簿”中删除密码后另存，再检查。`,
  );
}

export function corruptError(fileName: string, detail?: string): ReadError {
  return new ReadError(
    "corrupt",
    `文件「${fileName}」已损坏或不完整，无法读取。请确认文件已完整下载或复制；若能在 Excel 或 WPS 中打开，请另存为 .xlsx 后再检查。`,
    detail,
  );
}

export function unsupportedError(fileName: string, extension: string): ReadError {
  const ext = extension ? `.${extension}` : "（无扩展名）";
  return new ReadError(
    "unsupported",
    `不支持 ${ext} 格式的文件「${fileName}」。请在 Excel 或 WPS 中另存为 .xlsx（或 .xls、.csv）后再检查。`,
  );
}

export function emptyError(fileName: string): ReadError {
  return new ReadError("empty", `文件「${fileName}」是空的（没有任何内容）。请确认选对了文件，或重新导出后再检查。`);
}

export function tooLargeError(fileName: string, sizeMb: number, limitMb: number): ReadError {
  return new ReadError(
    "too-large",
    `文件「${fileName}」过大（约 ${sizeMb} MB，上限 ${limitMb} MB）。请按年级或班级拆分成几个文件后分别检查。`,
  );
}
