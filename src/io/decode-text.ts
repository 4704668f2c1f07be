/**
 * Text files from Chinese schools come as UTF-8 (with or without BOM) from newer tools, UTF-16 from
 * Excel's "Unicode 文本" (with a BOM, or without one from other programs), and GBK/GB18030 from Excel's
 * default "CSV (逗号分隔)" on Chinese Windows. A file that is not valid UTF-8 is GB18030 (a superset of
 * GBK) — unless it is nearly all valid UTF-8: then a byte or two is damaged (a bad copy, a download cut
 * inside a character), and decoding it as GBK would garble every Chinese character instead of a few.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** how the encoding was known: a byte-order mark, or a guess from the bytes */
  byBom: boolean;
  /** places where bytes could not be decoded (each is a U+FFFD in the text) */
  undecodable: number;
}

function hasBom(bytes: Uint8Array): TextEncodingName | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  return null;
}

/**
 * UTF-16 without a BOM: text in it has a zero byte in nearly every ASCII character (digits, commas, line
 * ends), all at odd offsets (little-endian) or all at even ones (big-endian).
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.2 && even <= pairs * 0.02) return "utf-16le";
  if (even >= pairs * 0.2 && odd <= pairs * 0.02) return "utf-16be";
  return null;
}

/** Well-formed multi-byte UTF-8 sequences and bytes that fit none, over the whole file. */
function utf8Shape(bytes: Uint8Array): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len;
    } else {
      bad++;
      i++;
    }
  }
  return { good, bad };
}

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; byBom: boolean } {
  const bom = hasBom(bytes);
  if (bom) return { encoding: bom, byBom: true };
  const wide = utf16WithoutBom(bytes);
  if (wide) return { encoding: wide, byBom: false };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { encoding: "utf-8", byBom: false };
  } catch {
    // GBK text read as UTF-8 has almost no well-formed sequence; damaged UTF-8 has almost nothing else
    const { good, bad } = utf8Shape(bytes);
    return { encoding: good >= 8 * bad ? "utf-8" : "gb18030", byBom: false };
  }
}

/** The text without any byte-order mark, and what was assumed to decode it. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, byBom } = detectEncoding(bytes);
  // TextDecoder drops a leading BOM for utf-8 and utf-16 by default (ignoreBOM: false)
  const text = new TextDecoder(encoding).decode(bytes);
  let undecodable = 0;
  // a U+FFFD the file itself holds (valid UTF-8 for it) is counted too: it is as unreadable to the register
  for (let at = text.indexOf("\uFFFD"); at >= 0; at = text.indexOf("\uFFFD", at + 1)) undecodable++;
  return { text, encoding, byBom, undecodable };
}
