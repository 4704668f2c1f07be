import { regionInfo } from "../data/gb2260";
import { residentIdCheckChar, validateResidentId } from "./resident-id";
import { isValidYmd } from "./ymd";

/**
 * 学籍号 / 个人标识码, 19 characters (TEMPLATES.md §4.1):
 * G + 公民身份号码 (18); J + 6 region + 8 birth date + 3 sequence + GB 11643 check char;
 * L + 6 region + 8 birth date + 4 random digits (no checksum).
 */

export type RegisterNumberProblem = "length" | "prefix" | "format" | "checksum" | "birthdate" | "region";

export type RegisterNumberResult = { ok: true } | { ok: false; problem: RegisterNumberProblem; expected?: string };

const OK: RegisterNumberResult = { ok: true };
const J_BODY = /^\d{17}[\dX]$/;
const L_BODY = /^\d{18}$/;

export function validateRegisterNumber(regno: string, today: string): RegisterNumberResult {
  if (regno.length !== 19) return { ok: false, problem: "length" };
  const type = regno[0];
  const body = regno.slice(1);
  if (type === "G") {
    const r = validateResidentId(body, { today });
    if (r.ok) return OK;
    switch (r.reason) {
      case "checksum":
        return { ok: false, problem: "checksum", expected: r.expected };
      case "birthdate":
      case "future":
        return { ok: false, problem: "birthdate" };
      case "region":
        return { ok: false, problem: "region" };
      default:
        return { ok: false, problem: "format" };
    }
  }
  if (type !== "J" && type !== "L") return { ok: false, problem: "prefix" };
  if (!(type === "J" ? J_BODY : L_BODY).test(body)) return { ok: false, problem: "format" };
  const date = body.slice(6, 14);
  if (!isValidYmd(date, 1900) || date > today) return { ok: false, problem: "birthdate" };
  if (!regionInfo(body.slice(0, 6))) return { ok: false, problem: "region" };
  if (type === "J") {
    const expected = residentIdCheckChar(body);
    if (expected !== body[17]) return { ok: false, problem: "checksum", expected };
  }
  return OK;
}
