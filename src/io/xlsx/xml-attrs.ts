/** Minimal attribute and tag helpers for the small OOXML parts (rels, workbook); no DOM, prefixes ignored. */

/** XML entities in attribute/text values, numeric ones included */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

/** The attributes of one start tag's text (from after the tag name to ">"), keyed by local name */
export function parseAttrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) {
    if (m[1] === "xmlns:" || (m[1] === undefined && m[2] === "xmlns")) continue;
    // an unprefixed attribute wins over a prefixed one of the same local name (r:id vs id rarely both)
    if (m[1] === undefined || !out.has(m[2])) out.set(m[2], decodeEntities(m[4] ?? m[5]));
  }
  return out;
}

/** Every start (or empty) tag with this local name, any prefix, as attribute maps, in document order */
export function findTags(xml: string, local: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])([^>]*)>`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(parseAttrs(m[1]));
  return out;
}
