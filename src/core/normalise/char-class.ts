/**
 * Hand loops over char codes that recognise the commonest cells — an ID number, a mobile number, a name
 * in Chinese characters — so that they skip the general clean-up and the regexes. Each answers only
 * "certainly plain"; anything else takes the general path.
 */

/** Every char in [from, to) is an ASCII digit (true for an empty range). */
export function allDigits(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Non-empty and every char a CJK Unified Ideograph of the basic block (U+4E00–U+9FFF). */
export function allBasicHan(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/** 18 characters: 17 digits and a digit or upper-case X — the shape of a 公民身份号码, nothing to tidy. */
export function isPlainIdShape(s: string): boolean {
  if (s.length !== 18 || !allDigits(s, 0, 17)) return false;
  const last = s.charCodeAt(17);
  return (last >= 48 && last <= 57) || last === 88;
}

/** An 11-digit mobile number 1[3-9]xxxxxxxxx. */
export function isPlainMobile(s: string): boolean {
  if (s.length !== 11 || s.charCodeAt(0) !== 49) return false;
  const second = s.charCodeAt(1);
  return second >= 51 && second <= 57 && allDigits(s, 2);
}
