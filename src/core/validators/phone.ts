/** Phone numbers: an 11-digit mobile (1[3-9]…) or a fixed line with its area code (宝应版: 固定电话或者手机号码). */

const MOBILE = /^1[3-9]\d{9}$/;
// 010-12345678, 0755-1234567, 01012345678, (010)12345678, with an optional extension
const FIXED_LINE = /^(?:0\d{2,3}-?|\(0\d{2,3}\)|（0\d{2,3}）)\d{7,8}(?:-\d{1,6})?$/;
const LOCAL_ONLY = /^\d{7,8}$/;
const COUNTRY_PREFIX = /^(?:\+86|0086|\(\+86\))[\s-]?/;
const MOBILE_WITH_SEPARATORS = /^1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$/;
const SEPARATORS = /[\s-]/g;

export type PhoneProblem = "invalid" | "no-area-code";

export function checkPhone(phone: string): PhoneProblem | null {
  if (MOBILE.test(phone) || FIXED_LINE.test(phone)) return null;
  return LOCAL_ONLY.test(phone) ? "no-area-code" : "invalid";
}

/** Removes what is safe to remove: +86 / 0086 before a number, spaces and dashes inside a mobile number. */
export function tidyPhone(phone: string): { value: string; prefix: boolean } {
  let value = phone;
  let prefix = false;
  if (COUNTRY_PREFIX.test(value)) {
    const rest = value.replace(COUNTRY_PREFIX, "");
    if (MOBILE_WITH_SEPARATORS.test(rest)) {
      value = rest;
      prefix = true;
    }
  }
  if (MOBILE_WITH_SEPARATORS.test(value)) value = value.replace(SEPARATORS, "");
  return { value, prefix };
}

/** Whether the text might need tidyPhone: cheap pre-test for the fast path. */
export const PHONE_NEEDS_TIDY = /^[+(]|^00|[\s-]/;
