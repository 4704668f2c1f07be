import { NOT_PLAIN, PLAIN, PLAIN_VALID, type FieldKindHandler } from "../rules/types";
import { allBasicHan } from "../normalise/char-class";
import { checkName, isForeignIdType, normaliseNameDots } from "../validators/name";
import { CellWork, checkMaxLength, fitsMaxLength, reportCell, siblingKey } from "./common";

const work = new CellWork();
const LATIN = /[A-Za-z]/;
const SPACES = / /g;
/** anything the name normaliser might change: Latin letters decide about spaces; spaces; dots */
const NEEDS_WORK = /[A-Za-z •・.‧･∙⋅●]/;
const CODES = { latin: "cell/name-latin", digit: "cell/name-digit", symbol: "cell/name-symbol", dot: "cell/name-dot" } as const;

/**
 * A person's name. Spaces inside a Chinese name are typing slips and are removed; in a name with Latin
 * letters they separate words and stay. Whether Latin letters are allowed depends on the person's ID type.
 */
export const nameField: FieldKindHandler = {
  normalise(raw) {
    if (typeof raw === "string" && allBasicHan(raw)) return work.asIs(raw);
    work.start(raw);
    if (!NEEDS_WORK.test(work.text)) return work.result();
    const latin = LATIN.test(work.text);
    if (!latin && work.text.includes(" ")) work.change(work.text.replace(SPACES, ""), "fix/whitespace");
    work.change(normaliseNameDots(work.text), "fix/name-dot");
    return work.result();
  },
  check(cell, ctx) {
    // Chinese characters only: a valid name whatever the ID type, so the row need not be asked
    if (allBasicHan(cell.value)) return checkMaxLength(cell, ctx);
    const foreign = isForeignIdType(cell.row.get(siblingKey(cell.column.key, "idType")));
    const failure = checkName(cell.value, foreign);
    if (failure) reportCell(cell, ctx, CODES[failure.problem], { chars: failure.chars });
    checkMaxLength(cell, ctx);
  },
  plain: (raw, column) => (!allBasicHan(raw) ? NOT_PLAIN : fitsMaxLength(raw, column) ? PLAIN_VALID : PLAIN),
};
