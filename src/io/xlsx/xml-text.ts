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
