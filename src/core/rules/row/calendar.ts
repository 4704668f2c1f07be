/**
 * The school calendar as the rules need it. A school year starts in September: on 2025-10-15 the current
 * school year is 2025, on 2026-03-01 still 2025 (TEMPLATES.md §5.3, RULES.md §5).
 */
export function schoolYear(today: string): number {
  const y = Number(today.slice(0, 4));
  return Number(today.slice(4, 6)) >= 9 ? y : y - 1;
}

/** July and August: promotion (10 August) is near and files for the coming school year are being prepared. */
export function isSummer(today: string): boolean {
  const m = today.slice(4, 6);
  return m === "07" || m === "08";
}

/** The number in v[from, to) when every char there is an ASCII digit, else -1 (no regex: this runs per row). */
function digits(v: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** [year, month, day] of a YYYYMMDD value, or null when it is not one (the date field reports that). */
export function ymd(v: string): [number, number, number] | null {
  if (v.length !== 8) return null;
  const y = digits(v, 0, 4);
  const m = digits(v, 4, 6);
  const d = digits(v, 6, 8);
  return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? [y, m, d] : null;
}

/** [year, month] of a YYYYMM value, or null. */
export function ym(v: string): [number, number] | null {
  if (v.length !== 6) return null;
  const y = digits(v, 0, 4);
  const m = digits(v, 4, 6);
  return y >= 0 && m >= 1 && m <= 12 ? [y, m] : null;
}

/** Full years of age on a day (born on 29 February: a year is full on 1 March in non-leap years). */
export function ageOn(birth: [number, number, number], y: number, m: number, d: number): number {
  const [by, bm, bd] = birth;
  return y - by - (m * 100 + d < bm * 100 + bd ? 1 : 0);
}
