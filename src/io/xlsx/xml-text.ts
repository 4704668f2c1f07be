/**
 * Cell text decoded exactly as SheetJS decodes it, quirks included (its entity regex is
 * case-insensitive and uses fromCharCode; `_xHHHH_` escapes after entities; CDATA kept raw),
 * because the differential test holds readXlsx to SheetJS's output.
 */
const ENCODINGS: Record<string, string> = { "&quot;": '"', "&apos;": "'", "&gt;": ">", "&lt;": "<", "&amp;": "&" };
const ENC_RE = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE_RE = /_x([\da-fA-F]{4})_/gi;

function rawUnescape(s: string): string {
  const i = s.indexOf("<![CDATA[");
  if (i === -1) {
    let out = s;
    if (out.indexOf("&") >= 0)
      out = out.replace(
        ENC_RE,
        (m, code: string) => ENCODINGS[m] || String.fromCharCode(parseInt(code, m.indexOf("x") > -1 ? 16 : 10)) || m,
      );
    if (out.indexOf("_") >= 0) out = out.replace(CODE_RE, (_m, c: string) => String.fromCharCode(parseInt(c, 16)));
    return out;
  }
  const j = s.indexOf("]]>");
  return rawUnescape(s.slice(0, i)) + s.slice(i + 9, j) + rawUnescape(s.slice(j + 3));
}

/** SheetJS's unescapexml; `xlsx` also folds CRLF to LF as it does for cell text */
export function unescapeCellText(s: string, xlsx = false): string {
  const out = rawUnescape(s);
  return xlsx && out.indexOf("\r\n") >= 0 ? out.replace(/\r\n/g, "\n") : out;
}

const T_FIRST = /^\s*<(?:\w+:)?t[^>]*>/;
const T_END = /<\/(?:\w+:)?t>/;
const HAS_RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RPH = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;
const T_RUN = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;

/**
 * The text of an `<si>` or `<is>` body as SheetJS's parse_si gives it: a leading `<t>`, else the `<t>`
 * of rich runs with phonetic `<rPh>` runs excluded; null when it has neither (SheetJS leaves no value).
 */
export function richText(body: string): string | null {
  if (!body) return "";
  if (T_FIRST.test(body)) return unescapeCellText(body.slice(body.indexOf(">") + 1).split(T_END)[0] || "", true);
  if (HAS_RUN.test(body)) {
    let text = "";
    const runs = body.replace(RPH, "");
    T_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = T_RUN.exec(runs))) text += m[1];
    return unescapeCellText(text, true);
  }
  return null;
}

// a string over ~64 K characters is allocated where only a full collection frees it: decoding a
// 125 MB sheet in pieces that size held 40 MB more at the peak than 32 KB steps do
const DECODE_STEP = 32 * 1024;

/** A piece of a part's UTF-8, decoded in steps of 32 KB (a character cut between steps waits for the next). */
export function decodeInSteps(utf8: TextDecoder, chunk: Uint8Array, each: (text: string) => void): void {
  for (let at = 0; at < chunk.length; at += DECODE_STEP) each(utf8.decode(chunk.subarray(at, at + DECODE_STEP), { stream: true }));
}

/**
 * The string as a copy of its own. A cell's text is cut from the piece of XML it was read in, and V8
 * keeps a cut of 13 characters or more as a view of that piece: the shared strings of a 50,000-row
 * sheet kept 31 MB of XML alive for 13 MB of text. JSON's round trip is the cheapest copy measured
 * (60 ms for 320,000 strings) and is exact, lone surrogates included.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** ownString of a value that may be null */
export function ownText(s: string | null): string | null {
  return s === null ? s : ownString(s);
}

/** XML's whitespace (space, tab, LF, CR), as a character code or a UTF-8 byte */
export function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
