import type { WorkbookHost } from "../app/host";
import { downloadBytes } from "../app/download";

/** The subset of Storage the host needs (localStorage, or a Map-backed stand-in in tests). */
export type SettingStore = Pick<Storage, "getItem" | "setItem">;

function notInBrowser(what: string): Promise<never> {
  return Promise.reject(new Error(`浏览器版不能${what}，请在 Excel 中打开本加载项使用此功能`));
}

function defaultStore(): SettingStore | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage disabled (private mode, policy): settings last for this visit only
  }
}

/**
 * The host for the browser page: files are picked from disk and checked there, so nothing can be
 * marked or written in place — the page offers downloads instead. Settings live in localStorage.
 */
export function createBrowserHost(store: SettingStore | null = defaultStore()): WorkbookHost {
  const memory = new Map<string, string>();
  return {
    kind: "browser",
    capabilities: { markCells: false, writeSheets: false, fillNumbers: false, applyFixes: false, selectCell: false },
    readTables: () => Promise.reject(new Error("浏览器版请先把文件拖到上方，或点击“选择文件”")),
    selectCell: () => Promise.resolve(),
    markIssues: () => notInBrowser("标记单元格"),
    clearMarks: () => notInBrowser("清除标记"),
    writeReportSheets: () => notInBrowser("在工作簿中添加报告表"),
    fillNumbers: () => notInBrowser("直接填入学籍号"),
    applyFixes: () => notInBrowser("直接修改工作表"),
    exportWorkbook: (bytes, fileName) => {
      downloadBytes(bytes, fileName);
      return Promise.resolve("downloaded" as const);
    },
    loadSetting: (key) => {
      try {
        return Promise.resolve(store?.getItem(key) ?? memory.get(key) ?? null);
      } catch {
        return Promise.resolve(memory.get(key) ?? null);
      }
    },
    saveSetting: (key, value) => {
      memory.set(key, value);
      try {
        store?.setItem(key, value);
      } catch {
        // quota or policy: the in-memory copy still serves this visit
      }
      return Promise.resolve();
    },
  };
}
