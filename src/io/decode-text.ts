/**
 * Text files from Chinese schools come as UTF-8 (with or without BOM) from newer tools, UTF-16 from
 * Excel's "Unicode 文本", and GBK/GB18030 from Excel's default "CSV (逗号分隔)" on Chinese Windows.
 * A strict UTF-8 decode that fails means the legacy encoding; GB18030 is a superset of GBK.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

/** The text without any byte-order mark. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = detectEncoding(bytes);
  // TextDecoder drops a leading BOM for utf-8 and utf-16 by default (ignoreBOM: false)
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding };
}
