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

const EIGHT_DIGITS = /^\d{8}$/;

/** Whether an 8-digit YYYYMMDD string is a real date, year ≥ minYear. */
export function isValidYmd(ymd: string, minYear = 1): boolean {
  if (!EIGHT_DIGITS.test(ymd)) return false;
  const v = Number(ymd);
  return isValidDate(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100, minYear);
}
