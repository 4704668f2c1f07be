import { utf16WithoutBom } from "./decode-text";

/** What the first bytes of a file say it is, whatever its name claims. */
export type Container = "zip" | "cfb" | "text" | "binary";

/** Extensions the reader accepts: Excel workbooks and delimited text. */
export const WORKBOOK_EXTENSIONS = ["xlsx", "xlsm", "xls"] as const;
export const TEXT_EXTENSIONS = ["csv", "txt", "tsv"] as const;

export function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

export function isWorkbookExtension(ext: string): boolean {
  return (WORKBOOK_EXTENSIONS as readonly string[]).includes(ext);
}

export function isTextExtension(ext: string): boolean {
  return (TEXT_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * ZIP (xlsx), OLE compound file (xls, or an encrypted xlsx) or text. Text here means no NUL byte in
 * the first KiB unless UTF-16 (by its byte-order mark, or by where its zero bytes fall) explains it.
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return "zip";
  }
  if (
    bytes.length >= 8 &&
    bytes[0] === 0xd0 &&
    bytes[1] === 0xcf &&
    bytes[2] === 0x11 &&
    bytes[3] === 0xe0 &&
    bytes[4] === 0xa1 &&
    bytes[5] === 0xb1 &&
    bytes[6] === 0x1a &&
    bytes[7] === 0xe1
  ) {
    return "cfb";
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return "text";
  }
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return utf16WithoutBom(bytes) ? "text" : "binary";
  return "text";
}
