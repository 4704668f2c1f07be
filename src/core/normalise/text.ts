/**
 * First clean-up of any cell text: what a registrar cannot see or tell apart on screen.
 * - invisible characters (zero-width, BOM, soft hyphen, control characters) are removed;
 * - tabs, line breaks, NBSP and the ideographic space become one space; runs of spaces collapse; ends are trimmed;
 * - full-width digits, letters and ASCII punctuation become half-width — except the Chinese punctuation the
 *   templates themselves write full-width (（）：；，！？), which code-list matching handles.
 */

/** bit flags of what cleanText changed */
export const CHANGED_WHITESPACE = 1;
export const CHANGED_FULLWIDTH = 2;

export interface CleanedText {
  value: string;
  /** CHANGED_WHITESPACE | CHANGED_FULLWIDTH */
  changed: number;
}

/** Full-width forms the templates keep as they are: （ ） ， ： ； ！ ？ */
function keepsFullWidth(c: number): boolean {
  return c === 0xff08 || c === 0xff09 || c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff01 || c === 0xff1f;
}

function isInvisible(c: number): boolean {
  return (
    c < 0x20 ||
    c === 0x7f ||
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff
  );
}

function isSpaceLike(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Whether cleanText would change anything: one pass over the char codes, with printable ASCII and CJK
 * (nearly every cell) decided by the first comparison. A hand loop, not a regex: this runs for every cell.
 */
export function needsCleaning(s: string): boolean {
  const n = s.length;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      prevSpace = false;
      continue;
    }
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || prevSpace) return true;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x3000) {
      if (c < 0x20 || c === 0x7f || c === 0xa0 || c === 0xad || c === 0x1680) return true;
      if (c >= 0x2000 && c <= 0x2064 && (c <= 0x200f || (c >= 0x2028 && c <= 0x202f) || c >= 0x205f)) return true;
      continue;
    }
    if (c === 0x3000) return true;
    // U+FFFD, what a decoder put for bytes it could not read: not plain, so the engine looks at it (cell/undecodable)
    if (c >= 0xfeff && (c === 0xfeff || c === 0xfffd || (c >= 0xff01 && c <= 0xff5e && !keepsFullWidth(c)))) return true;
  }
  return false;
}

/** Clean a cell's text; null when it needs nothing (the common case, one pass of needsCleaning). */
export function cleanText(s: string): CleanedText | null {
  if (!needsCleaning(s)) return null;
  let out = "";
  let changed = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceLike(c)) {
      if (c !== 0x20 || pendingSpace || out === "") changed |= CHANGED_WHITESPACE;
      pendingSpace = true;
      continue;
    }
    if (isInvisible(c)) {
      changed |= CHANGED_WHITESPACE;
      continue;
    }
    if (pendingSpace && out !== "") out += " ";
    pendingSpace = false;
    if (c >= 0xff01 && c <= 0xff5e && !keepsFullWidth(c)) {
      out += String.fromCharCode(c - 0xfee0);
      changed |= CHANGED_FULLWIDTH;
    } else {
      out += s[i];
    }
  }
  if (pendingSpace) changed |= CHANGED_WHITESPACE;
  return { value: out, changed };
}
