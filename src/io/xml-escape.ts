/** Text and attribute values in the XML parts we write. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// characters XML 1.0 forbids; Excel refuses a file containing them
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** A cell's text for XML: the forbidden control characters dropped, the rest escaped. */
export function xmlText(s: string): string {
  return escapeXml(s.replace(FORBIDDEN, ""));
}

// the same characters as numeric references (&#1; &#x1F;), which XML 1.0 forbids as well
const FORBIDDEN_REF = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));/gi;
/** a quick look for either: most sheets have neither, and "&#" alone (&#10; line breaks) is checked again */
// eslint-disable-next-line no-control-regex
// one character class and a plain search: twice as fast as the two as one alternation, on every sheet's text
const MAYBE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Whether XML text holds a character XML 1.0 forbids, raw or as a reference. */
export function hasXmlForbidden(xml: string): boolean {
  if (!MAYBE_CONTROL.test(xml) && !xml.includes("&#")) return false;
  FORBIDDEN.lastIndex = 0;
  FORBIDDEN_REF.lastIndex = 0;
  return FORBIDDEN.test(xml) || FORBIDDEN_REF.test(xml);
}

/** XML text without the characters XML 1.0 forbids (raw or as references), and how many went. */
export function stripXmlForbidden(xml: string): { xml: string; removed: number } {
  let removed = 0;
  const out = xml.replace(FORBIDDEN, () => (removed++, "")).replace(FORBIDDEN_REF, () => (removed++, ""));
  return { xml: out, removed };
}

/** How many such characters these values hold (cells written anew, where xmlText drops them). */
export function countXmlForbidden(text: string): number {
  FORBIDDEN.lastIndex = 0;
  return text.match(FORBIDDEN)?.length ?? 0;
}
