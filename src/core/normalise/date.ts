import { isValidDate } from "../validators/ymd";

/**
 * Dates as registrars type them or Excel stores them → the template forms YYYYMMDD and YYYYMM.
 * Impossible dates are reported, never "fixed"; a two-digit year is reported, never guessed.
 * Input text is expected to be cleaned already (cleanText: half-width, trimmed).
 */

export type DateFailure =
  /** looks like a date but is not a real one (2015-02-30, month 13, Excel serial 60 = 1900-02-29) */
  | "invalid"
  /** 15-3-4, 15年9月: the century is a guess we do not make */
  | "two-digit-year"
  /** a year and month where a full date is needed */
  | "incomplete"
  /** Excel number 2015.1: typed as 2015.1 or as 2015.10 (Excel drops the trailing zero) — cannot tell */
  | "ambiguous-month"
  | "unrecognised";

export type DateParse =
  | {
      ok: true;
      value: string;
      /** "as-is": already in template form; "format": rewritten from another layout; "serial": an Excel date number */
      via: "as-is" | "format" | "serial";
    }
  | { ok: false; reason: DateFailure };

const YMD8 = /^(\d{4})(\d{2})(\d{2})$/;
// 2015-3-4, 2015/03/04, 2015.3.4, 2015年3月4日, optionally followed by a time (Excel "2015-03-04 00:00:00", ISO)
const YMD_SEPARATED =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YM6 = /^(\d{4})(\d{2})$/;
const YM_SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const YEAR_ONLY = /^\d{4}\s*年?$/;
const TWO_DIGIT_YEAR = /^\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?|\s*月)?$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/;

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

function ymd(y: number, m: number, d: number): string {
  return y + pad2(m) + pad2(d);
}

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian; Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** y-m-d of a day count from 1970-01-01 (inverse of daysFromCivil). */
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const EPOCH_1899_12_31 = daysFromCivil(1899, 12, 31);
/** Excel's last date, 9999-12-31 */
const MAX_SERIAL = 2958465;

/**
 * An Excel 1900-system serial → YYYYMMDD; null when it is no real date. Excel counts 1900-02-29, which never
 * existed (a Lotus 1-2-3 bug it kept), as serial 60: so 1–59 are 1900-01-01…02-28, 60 is rejected, and from 61
 * (1900-03-01) on every serial is one more than a plain day count. A time of day (the fraction) is dropped.
 */
export function excelSerialToYmd(serial: number): string | null {
  const whole = Math.floor(serial);
  if (!(whole >= 1 && whole <= MAX_SERIAL) || whole === 60) return null;
  const [y, m, d] = civilFromDays(EPOCH_1899_12_31 + (whole > 60 ? whole - 1 : whole));
  return ymd(y, m, d);
}

function checked(y: number, m: number, d: number, via: "as-is" | "format"): DateParse {
  return isValidDate(y, m, d, 1000) ? { ok: true, value: ymd(y, m, d), via } : { ok: false, reason: "invalid" };
}

/** Any typed or stored date → YYYYMMDD. Numbers of 8 digits are read as YYYYMMDD, other numbers as Excel serials. */
export function parseDate(input: string | number): DateParse {
  if (typeof input === "number") {
    if (Number.isInteger(input) && input >= 10000000 && input <= 99999999) return parseDate(String(input));
    if (input >= 100000) return { ok: false, reason: "unrecognised" };
    // a bare year (2015) rather than serial 2015 (1905-07-07)
    if (Number.isInteger(input) && input >= 1000 && input <= 9999) return { ok: false, reason: "incomplete" };
    const v = excelSerialToYmd(input);
    return v ? { ok: true, value: v, via: "serial" } : { ok: false, reason: "invalid" };
  }
  let m = YMD8.exec(input);
  if (m) return checked(+m[1], +m[2], +m[3], "as-is");
  m = YMD_SEPARATED.exec(input);
  if (m) return checked(+m[1], +m[2], +m[3], "format");
  if (TWO_DIGIT_YEAR.test(input)) return { ok: false, reason: "two-digit-year" };
  if (YM6.test(input) || YM_SEPARATED.test(input) || YEAR_ONLY.test(input)) return { ok: false, reason: "incomplete" };
  return { ok: false, reason: "unrecognised" };
}

function month(y: number, m: number, via: "as-is" | "format"): DateParse {
  return y >= 1000 && m >= 1 && m <= 12 ? { ok: true, value: y + pad2(m), via } : { ok: false, reason: "invalid" };
}

/**
 * Any typed or stored year-month → YYYYMM. A full date is accepted (its day dropped). An Excel number
 * 2015.9 is read as 2015-09; 2015.1 is refused as ambiguous (2015.10 loses its zero when Excel stores it).
 */
export function parseYearMonth(input: string | number): DateParse {
  if (typeof input === "number") {
    if (Number.isInteger(input)) {
      if (input >= 100000 && input <= 999999) return parseYearMonth(String(input));
      if (input >= 10000000 && input <= 99999999) return toMonth(parseDate(String(input)));
      if (input >= 100000) return { ok: false, reason: "unrecognised" };
      if (input >= 1000 && input <= 9999) return { ok: false, reason: "incomplete" };
      const v = excelSerialToYmd(input);
      return v ? { ok: true, value: v.slice(0, 6), via: "serial" } : { ok: false, reason: "invalid" };
    }
    // 2015.9 typed into a General cell
    const y = Math.floor(input);
    if (y >= 1000 && y <= 9999) {
      const frac = String(input).split(".")[1];
      if (frac === "1") return { ok: false, reason: "ambiguous-month" };
      return month(y, Number(frac), "format");
    }
    return parseYearMonth(Math.floor(input));
  }
  let m = YM6.exec(input);
  if (m) return month(+m[1], +m[2], "as-is");
  m = YM_SEPARATED.exec(input);
  if (m) return month(+m[1], +m[2], "format");
  return toMonth(parseDate(input));
}

function toMonth(p: DateParse): DateParse {
  if (!p.ok) return p;
  return { ok: true, value: p.value.slice(0, 6), via: p.via === "as-is" ? "format" : p.via };
}
