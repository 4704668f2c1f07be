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
