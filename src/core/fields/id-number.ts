import { NOT_PLAIN, PLAIN, type CellInput, type FieldKindHandler, type RuleContext } from "../rules/types";
import { isCleanResidentId, validateResidentId, type ResidentIdResult } from "../validators/resident-id";
import { isValidYmd } from "../validators/ymd";
import { isPlainIdShape } from "../normalise/char-class";
import { CellWork, reportCell, siblingKey } from "./common";

const work = new CellWork();
const SPACES = /\s/g;
const LOWER_X_AT_END = /x$/;
/** anything the normaliser might act on: an exponent, whitespace, a lower-case x */
const NEEDS_WORK = /[Eex\s]/;
/** Excel's display of a long number: 1.10105E+17 */
const SCIENTIFIC = /^\d(?:\.\d+)?E\+?\d+$/i;
/** Excel keeps 15 significant digits; a number with more has lost its last digits for good. */
const MAX_EXACT = 1e15;
const PASSPORT = /^[A-Za-z0-9]{5,20}$/;
const OTHER_DOCUMENT = /^[A-Za-z0-9()（）-]{4,30}$/;

/**
 * Whether the number is read as a 公民身份号码: for the resident ID card (or no type given), for the
 * 港澳台居民居住证, which uses the same number scheme, and for a type the code list does not know (its own
 * cell reports that) when the number has the resident ID's 18 characters.
 */
function readAsResidentId(idType: string, value: string, ctx: RuleContext): boolean {
  if (idType === "" || idType === "居民身份证" || idType === "港澳台居民居住证") return true;
  return value.length === 18 && ctx.codeLists.match("idType", idType) === null;
}

/** How Excel's General format shows a big number (6 significant digits), so no lost digit is made up. */
function excelDisplay(n: number): string {
  return n.toExponential(5).toUpperCase().replace(/\.?0+E/, "E");
}

const FAILURE_CODES: Record<Exclude<ResidentIdResult, { ok: true }>["reason"], string> = {
  length: "id/length",
  format: "id/format",
  checksum: "id/checksum",
  birthdate: "id/birthdate-invalid",
  future: "id/birthdate-future",
  region: "id/region-unknown",
  "fifteen-digit": "id/15-digit",
};

function checkResidentId(cell: CellInput, ctx: RuleContext): void {
  const id = cell.value;
  if (isCleanResidentId(id, ctx)) {
    if (cell.column.key === "idNumber") checkAgainstRow(cell, ctx, id);
    return;
  }
  const r = validateResidentId(id, ctx);
  if (!r.ok) {
    const params: Record<string, string | number> = { length: id.length, region: id.slice(0, 6) };
    if (r.expected) params.expected = r.expected;
    reportCell(cell, ctx, FAILURE_CODES[r.reason], params);
    return;
  }
  for (const w of r.warnings) {
    if (w.code === "region-county-unknown") {
      reportCell(cell, ctx, "id/region-county-unknown", { region: w.region, parent: r.region.name ?? w.parent });
    } else {
      reportCell(cell, ctx, "id/region-after-birth", { region: w.region, regionName: r.region.name ?? "", firstYear: w.firstYear, birthYear: r.birthDate.slice(0, 4) });
    }
  }
  if (cell.column.key === "idNumber") checkAgainstRow(cell, ctx, id);
}

/** The student's own ID must agree with the row's birth date and sex (TEMPLATES.md §4.3 derived cross-checks). */
function checkAgainstRow(cell: CellInput, ctx: RuleContext, id: string): void {
  const birthDate = cell.row.get("birthDate");
  if (!sameAt(id, 6, birthDate) && isValidYmd(birthDate)) {
    reportCell(cell, ctx, "id/birthdate-mismatch", { idBirthDate: id.slice(6, 14), birthDate });
  }
  const sex = cell.row.get("sex");
  const idSex = (id.charCodeAt(16) - 48) % 2 === 1 ? "男" : "女";
  if ((sex === "男" || sex === "女") && sex !== idSex) reportCell(cell, ctx, "id/sex-mismatch", { idSex, sex });
}

/** Whether s holds the 8-character date t at `at` (an ID's birth date against the row's, without cutting it out). */
function sameAt(s: string, at: number, t: string): boolean {
  if (t.length !== 8 || at + 8 > s.length) return false;
  for (let i = 0; i < t.length; i++) if (s.charCodeAt(at + i) !== t.charCodeAt(i)) return false;
  return true;
}

/**
 * 身份证件号. The number is read as a 公民身份号码 when the person's ID type is 居民身份证 (or not given) and
 * checked in full (GB 11643-1999); for other documents only its shape is checked. A number Excel stored as a
 * number has lost digits and is never rebuilt.
 */
export const idNumberField: FieldKindHandler = {
  normalise(raw) {
    if (typeof raw === "number" && Math.abs(raw) >= MAX_EXACT) return { value: excelDisplay(raw) };
    if (typeof raw === "string" && isPlainIdShape(raw)) return work.asIs(raw);
    work.start(raw);
    if (!NEEDS_WORK.test(work.text) || SCIENTIFIC.test(work.text)) return work.result();
    if (work.text.includes(" ")) work.change(work.text.replace(SPACES, ""), "fix/whitespace");
    if (LOWER_X_AT_END.test(work.text)) work.change(work.text.slice(0, -1) + "X", "fix/x-uppercase");
    return work.result();
  },
  check(cell, ctx) {
    if ((typeof cell.raw === "number" && Math.abs(cell.raw) >= MAX_EXACT) || (!isPlainIdShape(cell.value) && SCIENTIFIC.test(cell.value))) {
      reportCell(cell, ctx, "id/stored-as-number");
      return;
    }
    const idType = cell.row.get(siblingKey(cell.column.key, "idType"));
    if (readAsResidentId(idType, cell.value, ctx)) return checkResidentId(cell, ctx);
    const shape = idType.includes("护照") && !idType.includes("/") ? PASSPORT : OTHER_DOCUMENT;
    if (!shape.test(cell.value)) reportCell(cell, ctx, "id/other-format", { idType });
  },
  // the shape alone says nothing of the checksum, the date or the ID type: check() still runs
  plain: (raw) => (isPlainIdShape(raw) ? PLAIN : NOT_PLAIN),
};
