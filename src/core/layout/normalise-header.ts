/**
 * Header captions as people leave them: "★姓名", "身份证件号\n(必填)", "上下学距离（公里）", "出生 日期".
 * Comparison key: no ★ or asterisk marks, no whitespace or line breaks, full-width ASCII made half-width
 * (so （公里） equals (公里)), and a trailing note such as (必填) / （选填） dropped.
 */
const MARKS_AND_SPACE = /[★☆*＊\s\u00a0\u3000]/g;
const TRAILING_NOTE = /\((?:必填|必填项|选填|选填项|可选|可不填|非必填|必须填写)\)$/;

export function normaliseHeader(text: string): string {
  let s = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : text[i];
  }
  s = s.replace(MARKS_AND_SPACE, "");
  // a mark may sit after the note ("姓名(必填)*"), so strip marks first, then the note, then marks again
  return s.replace(TRAILING_NOTE, "").replace(MARKS_AND_SPACE, "");
}
