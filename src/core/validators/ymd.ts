/** Calendar checks on 8-digit YYYYMMDD strings (no Date objects: they are slow and accept 2月30日). */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1];
}

/** Whether y-m-d is a real calendar date (year from minYear to 9999). */
export function isValidDate(y: number, m: number, d: number, minYear = 1): boolean {
  return y >= minYear && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The number written by `length` digits of s from `start`; -1 when one is not a digit. (Hot path: no regex.) */
export function digitsAt(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Whether s holds a real date as YYYYMMDD at `start` (the whole string when it has 8 characters), year ≥ minYear. */
export function isValidYmd(s: string, minYear = 1, start = 0): boolean {
  if (start === 0 && s.length !== 8) return false;
  const y = digitsAt(s, start, 4);
  const m = digitsAt(s, start + 4, 2);
  const d = digitsAt(s, start + 6, 2);
  return y >= 0 && m >= 0 && d >= 0 && isValidDate(y, m, d, minYear);
}
