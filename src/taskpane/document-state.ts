/** What the pane can learn about the open file from Office's common API (Office.context.document). */
export interface DocumentLike {
  /** the file's path or address; null when Office does not know it (not saved yet) */
  url?: string | null;
  mode?: unknown;
}

const SAVE_AS = "请先另存为 .xlsx（文件 → 另存为 → 保存类型选“Excel 工作簿 (*.xlsx)”），再打开另存的文件使用本加载项";
const OR_BROWSER = "也可以不另存：用网页版（与本加载项同一地址下的 index.html）直接检查这个文件，网页版可直接读取 .xls。";

/**
 * A warning when the file is one Excel keeps add-ins from working in: an .xls (compatibility mode,
 * where Excel disables add-ins) or a file opened read-only. Null when the pane cannot tell.
 */
export function documentWarning(doc: DocumentLike | undefined, readOnlyMode: unknown): string | null {
  if (!doc) return null;
  const path = typeof doc.url === "string" ? doc.url.split(/[?#]/)[0] : "";
  if (/\.xls$/i.test(path)) {
    return `本工作簿是 .xls 格式（兼容模式），Excel 在兼容模式下会停用加载项，标记、填学籍号和修正都可能失败。${SAVE_AS}。${OR_BROWSER}`;
  }
  if (readOnlyMode !== undefined && doc.mode === readOnlyMode) {
    return `本工作簿以只读方式打开，加载项不能在其中标记、填学籍号或修正。${SAVE_AS}。`;
  }
  return null;
}
