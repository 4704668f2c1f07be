/** Drop spaces and make full-width characters half-width, so "（1）班 " and "(1)班" are one class. */
export function tidyLabel(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c === 0x20 || c === 0x3000 || c === 0x09) continue;
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
  }
  return out;
}
