import { isValidResidentId, residentIdCheckChar } from "../validators/resident-id";
import { isValidYmd } from "../validators/ymd";

const J_SHAPE = /^J\d{17}[\dX]$/;
const L_SHAPE = /^L\d{18}$/;

/**
 * Whether a 19-character national register number (个人标识码, TEMPLATES.md §4.1) is well formed:
 * G + a valid resident ID; J + region + birth date + sequence + GB 11643 check character;
 * L + region + birth date + 4 random digits (no check character). Expects upper case.
 */
export function isValidRegisterNumber(value: string): boolean {
  if (value.length !== 19) return false;
  switch (value[0]) {
    case "G":
      return isValidResidentId(value.slice(1));
    case "J":
      return J_SHAPE.test(value) && isValidYmd(value.slice(7, 15), 1900) && residentIdCheckChar(value.slice(1, 18)) === value[18];
    case "L":
      return L_SHAPE.test(value) && isValidYmd(value.slice(7, 15), 1900);
    default:
      return false;
  }
}
