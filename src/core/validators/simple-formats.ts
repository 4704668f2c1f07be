/** Formats with nothing more to them than a pattern. */

const SCHOOL_CODE = /^\d{10}$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const URL = /^(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/;
const INTEGER = /^\d+$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** 学校标识码: 10 digits (TEMPLATES.md §3). */
export function isSchoolCode(s: string): boolean {
  return SCHOOL_CODE.test(s);
}

export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

export function isUrl(s: string): boolean {
  return URL.test(s);
}

/** A non-negative whole number written in digits. */
export function isInteger(s: string): boolean {
  return INTEGER.test(s);
}

/** A non-negative decimal number (上下学距离 in 公里). */
export function isNumber(s: string): boolean {
  return NUMBER.test(s);
}
