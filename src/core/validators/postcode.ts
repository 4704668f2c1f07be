/** 邮政编码: 6 digits. Codes of 内蒙古, 山西 and 河北 begin with 0, which Excel drops from a number. */

const POSTCODE = /^\d{6}$/;
const FIVE_DIGITS = /^\d{5}$/;

export type PostcodeProblem = "format" | "lost-zero";

export function checkPostcode(code: string): PostcodeProblem | null {
  if (POSTCODE.test(code)) return null;
  return FIVE_DIGITS.test(code) ? "lost-zero" : "format";
}
