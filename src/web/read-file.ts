import { readBlobBytes } from "../ui/read-blob";

/** How the page reads a picked file's bytes (the session's `open`, or readWorkbook itself in tests). */
export type WorkbookReader<T> = (bytes: Uint8Array, fileName: string) => T | Promise<T>;

export const ACCEPTED = [".xlsx", ".xls", ".csv"];

/** True when the name ends in one of the types the page reads. */
export function isAccepted(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ACCEPTED.some((ext) => lower.endsWith(ext));
}

/**
 * Read a picked file, or a Chinese message naming the file and what to do. The reader's own messages
 * (ReadError) already do that; anything else is wrapped so the registrar never sees a bare parser error.
 */
export async function readPickedFile<T>(file: File, read: WorkbookReader<T>): Promise<{ read: T; bytes: Uint8Array } | { error: string }> {
  if (!isAccepted(file.name)) {
    return { error: `文件「${file.name}」不是 Excel 或 CSV 文件。请选择 .xlsx、.xls 或 .csv 文件；其他格式请先在 Excel 或 WPS 中另存为 .xlsx。` };
  }
  try {
    const bytes = await readBlobBytes(file);
    return { read: await read(bytes, file.name), bytes };
  } catch (err) {
    if (err instanceof Error && err.name === "ReadError") return { error: err.message };
    const why = err instanceof Error ? err.message : String(err);
    return {
      error: `文件「${file.name}」无法读取（${why}）。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再拖进来；若打不开，说明文件已损坏，请向发送方重新索取。`,
    };
  }
}
