import { regionFirstYear, regionKnown, regionName } from "../data/gb2260";
import { isValidYmd } from "./ymd";

/**
 * 公民身份号码 (GB 11643-1999): 6-digit GB/T 2260 address code + YYYYMMDD birth date + 3-digit
 * sequence (odd = 男, even = 女) + ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";
const SHAPE = /^\d{17}[\dXx]$/;
const FIFTEEN = /^\d{15}$/;

/**
 * Born before this year, a person got the number years after birth (first ID cards 1985), so an address
 * code that began after the birth year is normal for them; from then on the number is given at birth registration.
 */
const NUMBER_AT_BIRTH_FROM = 1985;

/** The GB 11643 check character for the first 17 digits (ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
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
  | { ok: true; birthDate: string; sex: "男" | "女"; region: ResidentIdRegion; warnings: ResidentIdWarning[] }
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

/** Why an ID number is not a valid 18-digit resident ID, or what it says (birth date, sex, region). */
export function validateResidentId(id: string, opts?: { today?: string }): ResidentIdResult {
  if (id.length !== 18) return { ok: false, reason: FIFTEEN.test(id) ? "fifteen-digit" : "length" };
  if (!SHAPE.test(id)) return { ok: false, reason: "format" };
  const birthDate = id.slice(6, 14);
  if (!isValidYmd(birthDate, 1800)) return { ok: false, reason: "birthdate" };
  if (birthDate > (opts?.today ?? todayYmd())) return { ok: false, reason: "future" };
  const expected = residentIdCheckChar(id);
  if (expected !== id[17].toUpperCase()) return { ok: false, reason: "checksum", expected };
  const code = id.slice(0, 6);
  const known = regionKnown(code);
  if (known === "none") return { ok: false, reason: "region" };
  const warnings: ResidentIdWarning[] = [];
  let name: string | undefined;
  if (known === "county") {
    name = regionName(code);
    const firstYear = regionFirstYear(code);
    const birthYear = Number(birthDate.slice(0, 4));
    if (firstYear != null && firstYear > birthYear && birthYear >= NUMBER_AT_BIRTH_FROM) {
      warnings.push({ code: "region-after-birth", region: code, firstYear });
    }
  } else {
    const parent = known === "city" ? code.slice(0, 4) + "00" : code.slice(0, 2) + "0000";
    name = regionName(parent);
    warnings.push({ code: "region-county-unknown", region: code, parent });
  }
  const sex = (id.charCodeAt(16) - 48) % 2 === 1 ? "男" : "女";
  return { ok: true, birthDate, sex, region: { code, name, known }, warnings };
}

/** 18 characters, digits + check character, valid checksum, a real birth date, a region that existed. */
export function isValidResidentId(id: string): boolean {
  return validateResidentId(id).ok;
}
