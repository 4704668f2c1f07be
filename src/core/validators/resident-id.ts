import { regionInfo, regionInfoOf, regionKnown, type RegionInfo } from "../data/gb2260";
import { digitsAt, isValidDate } from "./ymd";

/**
 * 公民身份号码 (GB 11643-1999): 6-digit GB/T 2260 address code + YYYYMMDD birth date + 3-digit
 * sequence (odd = 男, even = 女) + ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";
const FIFTEEN = /^\d{15}$/;

/**
 * Born before this year, a person got the number years after birth (first ID cards 1985), so an address
 * code that began after the birth year is normal for them; from then on the number is given at birth registration.
 */
const NUMBER_AT_BIRTH_FROM = 1985;

/** The GB 11643 check character for the first 17 digits (ISO 7064 MOD 11-2); "" when they are not 17 digits. */
export function residentIdCheckChar(first17: string): string {
  const sum = first17.length >= 17 ? weightedSum(first17) : -1;
  return sum < 0 ? "" : CHECK_CHARS[sum % 11];
}

/** Σ digit × weight over the first 17 characters; -1 when one is not a digit. */
function weightedSum(s: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    sum += c * WEIGHTS[i];
  }
  return sum;
}

export type ResidentIdWarning =
  /** the county is not in GB/T 2260 but its province (and maybe city) is */
  | { code: "region-county-unknown"; region: string; parent: string }
  /** the address code came into use only after the holder's birth year */
  | { code: "region-after-birth"; region: string; firstYear: number };

export interface ResidentIdRegion {
  code: string;
  /** most recent name of the most specific known level */
  name?: string;
  known: "county" | "city" | "province";
}

export type ResidentIdResult =
  | { ok: true; birthDate: string; sex: "男" | "女"; region: ResidentIdRegion; warnings: readonly ResidentIdWarning[] }
  | {
      ok: false;
      reason: "length" | "format" | "checksum" | "birthdate" | "future" | "region" | "fifteen-digit";
      /** for "checksum": the check character the first 17 digits call for */
      expected?: string;
    };

function todayYmd(): string {
  const d = new Date();
  return String(d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate());
}

type Failure = Exclude<ResidentIdResult, { ok: true }>["reason"];

/** The first thing wrong with an ID number's length, characters, date and check digit; null when none is. */
function shapeFailure(id: string, today: string | undefined): Failure | null {
  if (id.length !== 18) return FIFTEEN.test(id) ? "fifteen-digit" : "length";
  // one pass over the 17 digits gives the checksum, the address code and the birth date: this runs for
  // every ID cell, and reading the characters again for each check cost more than the checks
  let sum = 0;
  let region = 0;
  let birth = 0;
  for (let i = 0; i < 17; i++) {
    const c = id.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return "format";
    sum += c * WEIGHTS[i];
    if (i < 6) region = region * 10 + c;
    else if (i < 14) birth = birth * 10 + c;
  }
  const last = id.charCodeAt(17);
  const lastIsX = last === 88 || last === 120;
  if (!((last >= 48 && last <= 57) || lastIsX)) return "format";
  const year = (birth / 10000) | 0;
  if (!isValidDate(year, ((birth / 100) | 0) % 100, birth % 100, 1800)) return "birthdate";
  if (birth > todayNumber(today)) return "future";
  if (CHECK_CHARS.charCodeAt(sum % 11) !== (lastIsX ? 88 : last)) return "checksum";
  parsedRegion = region;
  parsedBirthYear = year;
  return null;
}

// what the last shapeFailure that found nothing read, for its callers to look up without parsing again
let parsedRegion = 0;
let parsedBirthYear = 0;

let lastToday = "";
let lastTodayNumber = 0;

/** "today" as the number YYYYMMDD, parsed once per distinct string (a sheet has one). */
function todayNumber(today: string | undefined): number {
  const t = today ?? todayYmd();
  if (t !== lastToday) {
    const n = t.length === 8 ? digitsAt(t, 0, 8) : -1;
    // not a YYYYMMDD: nothing is in the future of it, as a text comparison would also mostly say
    lastTodayNumber = n < 0 ? Infinity : n;
    lastToday = t;
  }
  return lastTodayNumber;
}

/**
 * Whether the number is a valid 18-digit resident ID (what validateResidentId calls ok), without building
 * its result: national numbering asks this of every row.
 */
export function isValidResidentId(id: string, opts?: { today?: string }): boolean {
  if (shapeFailure(id, opts?.today) !== null) return false;
  return regionInfoOf(parsedRegion) !== undefined || regionKnown(id.slice(0, 6)) !== "none";
}

/**
 * Whether the number is a valid resident ID with nothing to warn about (its county known and in use by
 * the birth year), answered without building a result: what nearly every ID on a sheet is.
 */
export function isCleanResidentId(id: string, opts?: { today?: string }): boolean {
  if (shapeFailure(id, opts?.today) !== null) return false;
  const info = regionInfoOf(parsedRegion);
  return info !== undefined && !bornBeforeRegion(info, parsedBirthYear);
}

/** The address code came into use after the birth year, for someone given the number at birth. */
function bornBeforeRegion(info: RegionInfo, birthYear: number): boolean {
  return info.firstYear !== null && info.firstYear > birthYear && birthYear >= NUMBER_AT_BIRTH_FROM;
}

/** Why an ID number is not a valid 18-digit resident ID, or what it says (birth date, sex, region). */
export function validateResidentId(id: string, opts?: { today?: string }): ResidentIdResult {
  const failure = shapeFailure(id, opts?.today);
  if (failure === "checksum") return { ok: false, reason: failure, expected: CHECK_CHARS[weightedSum(id) % 11] };
  if (failure !== null) return { ok: false, reason: failure };
  const birthDate = id.slice(6, 14);
  const sex = (id.charCodeAt(16) - 48) % 2 === 1 ? "男" : "女";
  const info = regionInfoOf(parsedRegion);
  if (info) {
    const late = bornBeforeRegion(info, parsedBirthYear);
    const warnings = late ? [{ code: "region-after-birth" as const, region: info.code, firstYear: info.firstYear! }] : NO_WARNINGS;
    return { ok: true, birthDate, sex, region: countyRegion(info), warnings };
  }
  const code = id.slice(0, 6);
  const known = regionKnown(code);
  if (known === "none") return { ok: false, reason: "region" };
  const parent = known === "city" ? code.slice(0, 4) + "00" : code.slice(0, 2) + "0000";
  return {
    ok: true,
    birthDate,
    sex,
    region: { code, name: regionInfo(parent)?.name, known },
    warnings: [{ code: "region-county-unknown", region: code, parent }],
  };
}

// shared, read-only parts of the common result, so a valid ID costs no extra objects
const NO_WARNINGS: readonly ResidentIdWarning[] = Object.freeze([]);
const countyRegions = new Map<RegionInfo, ResidentIdRegion>();

function countyRegion(info: RegionInfo): ResidentIdRegion {
  let r = countyRegions.get(info);
  if (!r) {
    r = Object.freeze({ code: info.code, name: info.name, known: "county" as const });
    countyRegions.set(info, r);
  }
  return r;
}

