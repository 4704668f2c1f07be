/** File systems allow 255 bytes per name; the suffixes the doors add need some of them. */
const MAX_STEM_BYTES = 180;

/**
 * A file name's stem safe on every system whatever the workbook, sheet or file was called: control
 * characters and characters Windows forbids become "_", leading/trailing dots and spaces go, and the
 * length is bounded in UTF-8 bytes (a long sheet name otherwise makes ENAMETOOLONG). Shared by the
 * command line's outputs and the pages' downloads.
 */
export function safeFileStem(stem: string): string {
  // eslint-disable-next-line no-control-regex
  let s = stem.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, "_").replace(/^[.\s]+|[.\s]+$/g, "");
  const encoder = new TextEncoder();
  if (encoder.encode(s).length > MAX_STEM_BYTES) {
    const chars = [...s];
    let bytes = 0;
    let n = 0;
    for (; n < chars.length; n++) {
      bytes += encoder.encode(chars[n]).length;
      if (bytes > MAX_STEM_BYTES) break;
    }
    s = chars.slice(0, n).join("").replace(/[.\s]+$/, "");
  }
  return s || "学籍导入";
}
