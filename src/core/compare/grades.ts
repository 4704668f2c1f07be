import { tidyLabel } from "../classes/tidy-label";
import type { GradeChange, MatchedPair, Span } from "./types";

const COMPULSORY_LAST = 9;

/**
 * How many school years lie between the lists. Given by the user, or read from the students themselves:
 * across a school year nearly everyone moves up one grade, within one nearly no one moves. Only moves of
 * 0 and +1 vote, so a handful of repeaters cannot swing it; a tie is read as within one year.
 */
export function spanOf(pairs: readonly MatchedPair[], given?: 0 | 1): Span {
  let sameGrade = 0;
  let nextGrade = 0;
  for (const p of pairs) {
    const b = p.before.gradeInfo;
    const a = p.after.gradeInfo;
    if (!b || !a) continue;
    if (a.grade === b.grade) sameGrade++;
    else if (a.grade === b.grade + 1) nextGrade++;
  }
  if (given !== undefined) return { years: given, from: "given", sameGrade, nextGrade };
  if (sameGrade + nextGrade === 0) return { years: null, from: "none", sameGrade, nextGrade };
  return { years: nextGrade > sameGrade ? 1 : 0, from: "inferred", sameGrade, nextGrade };
}

/**
 * Grade moves other than the expected one (+1 across a school year, 0 within one): compulsory education
 * has no repeating, and a skip needs an approval. Students who moved as expected but into another class
 * are listed as class moves. Nothing without a readable grade on both lists, or without a known span.
 */
export function gradeChanges(pairs: readonly MatchedPair[], span: Span): GradeChange[] {
  if (span.years === null) return [];
  const expected = span.years;
  const out: GradeChange[] = [];
  for (const pair of pairs) {
    const b = pair.before.gradeInfo;
    const a = pair.after.gradeInfo;
    if (!b || !a) continue;
    const step = a.grade - b.grade;
    const compulsory = isCompulsory(b.grade) || isCompulsory(a.grade);
    if (step !== expected) {
      out.push({ pair, kind: step < expected ? "held-back" : "skipped", step, expected, compulsory });
      continue;
    }
    const from = tidyLabel(pair.before.className);
    const to = tidyLabel(pair.after.className);
    if (from !== "" && to !== "" && from !== to) out.push({ pair, kind: "class-move", step, expected, compulsory });
  }
  return out;
}

export function isCompulsory(grade: number): boolean {
  return grade <= COMPULSORY_LAST;
}
