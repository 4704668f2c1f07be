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

const YMD = /^(\d{4})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const YM = /^(\d{4})(0[1-9]|1[0-2])$/;

/** [year, month, day] of a YYYYMMDD value, or null when it is not one (the date field reports that). */
export function ymd(v: string): [number, number, number] | null {
  const m = YMD.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** [year, month] of a YYYYMM value, or null. */
export function ym(v: string): [number, number] | null {
  const m = YM.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Full years of age on a day (born on 29 February: a year is full on 1 March in non-leap years). */
export function ageOn(birth: [number, number, number], y: number, m: number, d: number): number {
  const [by, bm, bd] = birth;
  return y - by - (m * 100 + d < bm * 100 + bd ? 1 : 0);
}
