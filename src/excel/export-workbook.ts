/**
 * Handing the user an exported workbook (written in the worker): open it as a new workbook in Excel
 * (Excel.createWorkbook, ExcelApi 1.8) where possible, otherwise a browser download. On the web the
 * base64 string travels in one request under the 5 MB cap, so a bigger file goes the download way.
 * Downloads do nothing on Mac (WKWebView, office-js #2700), so there the failure is said plainly.
 * A download is only started: whether it was saved, the pane cannot know, and says so.
 */
import { PAYLOAD_BUDGET } from "./payload";
import type { ApiSupport } from "./requirements";
import { ExcelGuardError } from "./step-error";

/** Base64 without Buffer (the pane is a browser), in slices to keep argument lists short. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + SLICE)));
  }
  return btoa(binary);
}

export interface ExportDeps {
  createWorkbook: (base64: string) => Promise<void>;
  download: (bytes: Uint8Array, fileName: string) => void;
}

export async function exportWorkbook(
  bytes: Uint8Array,
  fileName: string,
  support: Pick<ApiSupport, "createWorkbook" | "mac" | "web">,
  deps: ExportDeps,
): Promise<"opened" | "downloaded"> {
  let openError: unknown = null;
  const base64 = support.createWorkbook ? toBase64(bytes) : "";
  // base64 is ASCII: its length is its bytes on the wire
  const fits = !support.web || base64.length <= PAYLOAD_BUDGET;
  if (support.createWorkbook && fits) {
    try {
      await deps.createWorkbook(base64);
      return "opened";
    } catch (err) {
      // extension-hardening policy or a web internal error: fall back to a download where one works
      openError = err;
    }
  }
  if (support.mac) {
    if (openError) throw openError;
    throw new ExcelGuardError("这个版本的 Excel for Mac 既不能直接打开新工作簿，也不能下载文件：请升级 Office，或在浏览器中打开本助手的网页版导出。");
  }
  deps.download(bytes, fileName);
  return "downloaded";
}
