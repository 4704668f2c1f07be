/**
 * Person names as the register wants them: Chinese characters (basic block, Ext A, Ext B and beyond,
 * compatibility ideographs) and the middle dot · between the parts of a minority name (阿依·买买提).
 * Latin letters and spaces only for holders of foreign / 港澳台 documents.
 */

const LATIN = /[A-Za-z]/;

/** Dots people type for the name separator: • ・ . ‧ ･ ∙ ⋅ ● — all mean · (U+00B7). */
const OTHER_DOTS = /[•・.‧･∙⋅●]/g;
const HAS_OTHER_DOT = /[•・.‧･∙⋅●]/;

/** Other dots → ·, except in names with Latin letters, where "." is an initial's full stop (John A. Smith). */
export function normaliseNameDots(name: string): string {
  return HAS_OTHER_DOT.test(name) && !LATIN.test(name) ? name.replace(OTHER_DOTS, "·") : name;
}

// A Chinese name: ideographs (incl. surrogate pairs for Ext B+) and single middle dots between parts.
const IDEOGRAPH = "[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007]|[\\ud840-\\ud87f][\\udc00-\\udfff]";
const CHINESE_NAME = new RegExp(`^(?:${IDEOGRAPH})+(?:·(?:${IDEOGRAPH})+)*$`);
const FOREIGN_NAME = new RegExp(`^(?:${IDEOGRAPH}|[A-Za-z])+(?:[ ·'.\\-]+(?:${IDEOGRAPH}|[A-Za-z])+)*\\.?$`);
const DIGIT = /\d/;
const NOT_NAME_CHAR = new RegExp(`(?:${IDEOGRAPH}|[A-Za-z0-9 ·'.\\-])`, "g");

export type NameProblem =
  /** Latin letters in a name whose holder has a Chinese resident document */
  | "latin"
  | "digit"
  /** other characters (punctuation, symbols, emoji) */
  | "symbol"
  /** the middle dot at the start or end, or two in a row */
  | "dot";

export interface NameFailure {
  problem: NameProblem;
  /** the offending characters, for the message */
  chars: string;
}

/** null when the name is fine; `foreign` = the row's ID type is a passport / 境外 / 港澳台 document. */
export function checkName(name: string, foreign: boolean): NameFailure | null {
  if ((foreign ? FOREIGN_NAME : CHINESE_NAME).test(name)) return null;
  if (DIGIT.test(name)) return { problem: "digit", chars: onlyMatching(name, /\d/g) };
  const others = name.replace(NOT_NAME_CHAR, "");
  if (others) return { problem: "symbol", chars: distinct(others) };
  if (!foreign && LATIN.test(name)) return { problem: "latin", chars: onlyMatching(name, /[A-Za-z]/g) };
  if (!foreign && name.includes(" ")) return { problem: "symbol", chars: " " };
  return { problem: "dot", chars: "·" };
}

function onlyMatching(s: string, re: RegExp): string {
  return distinct((s.match(re) ?? []).join(""));
}

function distinct(s: string): string {
  return [...new Set(s)].join("");
}

/** ID types whose holders may have Latin names (TEMPLATES.md §2.4: 6, 7, 8, 9, A). */
const FOREIGN_ID_TYPE = /护照|境外|港|澳|台/;

export function isForeignIdType(idType: string): boolean {
  return idType !== "" && FOREIGN_ID_TYPE.test(idType);
}
