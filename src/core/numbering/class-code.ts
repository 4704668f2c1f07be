/**
 * The class code of a pattern number: the digits of the class name, zero-padded to the field length
 * ("3班" → "003", "(12)班" → "012"). Null when the name has no digits or too many.
 */
export function classCode(className: string, length: number): string | null {
  let digits = "";
  for (const ch of className) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) digits += ch;
    else if (c >= 0xff10 && c <= 0xff19) digits += String.fromCharCode(c - 0xfee0);
  }
  if (digits === "") return null;
  digits = digits.replace(/^0+(?=\d)/, "");
  return digits.length > length ? null : digits.padStart(length, "0");
}
