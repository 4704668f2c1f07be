import { validateResidentId } from "../validators/resident-id";
import { isValidYmd } from "../validators/ymd";
import type { MatchedPair, RosterRow, UnmatchedRow } from "./types";

/**
 * An ID usable as a key: a document number's characters only. An ID Excel stored as a number arrives as
 * "1.10105E+17" — the same text for many children — and must never pair two of them.
 */
const ID_KEY = /^[0-9A-Z()（）-]{4,30}$/;

export interface MatchResult {
  pairs: MatchedPair[];
  onlyBefore: UnmatchedRow[];
  onlyAfter: UnmatchedRow[];
}

function idKey(r: RosterRow): string | null {
  return ID_KEY.test(r.idNumber) ? r.idNumber : null;
}

/**
 * 姓名 + 性别 + 出生日期, each from its own column or, when the sheet lacks it, from a valid resident ID (a
 * roster of 姓名 + 身份证件号 can so meet one of 姓名 + 性别 + 出生日期); null when any of the three is unknown.
 */
function nameKey(r: RosterRow): string | null {
  if (r.name === "") return null;
  let { sex, birthDate } = r;
  if ((sex === "" || birthDate === "") && r.idNumber.length === 18) {
    const id = validateResidentId(r.idNumber);
    if (id.ok) {
      sex ||= id.sex;
      birthDate ||= id.birthDate;
    }
  }
  if ((sex !== "男" && sex !== "女") || !isValidYmd(birthDate)) return null;
  return `${r.name}\u0000${sex}\u0000${birthDate}`;
}

function groupBy(rows: readonly RosterRow[], key: (r: RosterRow) => string | null): Map<string, RosterRow[]> {
  const m = new Map<string, RosterRow[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/**
 * Pair the students of two lists: first by 身份证件号 (the k-th row with an ID on one side pairs with the
 * k-th row with it on the other, so a repeated ID never takes two partners), then the rows still alone by
 * 姓名+性别+出生日期 — only where that key is on exactly one row of each side: two children of one name and
 * birthday are left for a person to tell apart, never guessed. A hash join: linear in rows.
 */
export function matchRosters(before: readonly RosterRow[], after: readonly RosterRow[]): MatchResult {
  const pairs: MatchedPair[] = [];
  const paired = new Set<RosterRow>();
  const beforeIds = groupBy(before, idKey);
  const afterIds = groupBy(after, idKey);
  for (const [id, bs] of beforeIds) {
    const as = afterIds.get(id);
    if (!as) continue;
    for (let k = 0; k < Math.min(bs.length, as.length); k++) {
      pairs.push({ before: bs[k], after: as[k], method: "idNumber" });
      paired.add(bs[k]).add(as[k]);
    }
  }

  // a row whose ID is on the other list was left over by a repeat of that ID: its partner is taken
  const leftOver = (rows: readonly RosterRow[], otherIds: Map<string, RosterRow[]>) =>
    rows.filter((r) => {
      if (paired.has(r)) return false;
      const id = idKey(r);
      return id === null || !otherIds.has(id);
    });
  const restBefore = leftOver(before, afterIds);
  const restAfter = leftOver(after, beforeIds);
  const beforeNames = groupBy(restBefore, nameKey);
  const afterNames = groupBy(restAfter, nameKey);
  for (const [key, bs] of beforeNames) {
    const as = afterNames.get(key);
    if (as && bs.length === 1 && as.length === 1) {
      pairs.push({ before: bs[0], after: as[0], method: "nameSexBirth" });
      paired.add(bs[0]).add(as[0]);
    }
  }

  const unmatched = (rows: readonly RosterRow[], ownIds: Map<string, RosterRow[]>, ownNames: Map<string, RosterRow[]>, otherNames: Map<string, RosterRow[]>) =>
    rows
      .filter((r) => !paired.has(r))
      .map((r): UnmatchedRow => {
        const id = idKey(r);
        const sameId = id === null ? 0 : ownIds.get(id)!.length;
        if (sameId > 1) return { row: r, note: "duplicate-id", count: sameId };
        const key = nameKey(r);
        // a partner of that name and birthday is there, but one of the two lists has several
        const others = key === null ? undefined : otherNames.get(key);
        if (others) return { row: r, note: "ambiguous-name", count: ownNames.get(key!)!.length + others.length };
        if (id === null && key === null) return { row: r, note: "no-key" };
        return { row: r };
      });
  return {
    pairs,
    onlyBefore: unmatched(before, beforeIds, beforeNames, afterNames),
    onlyAfter: unmatched(after, afterIds, afterNames, beforeNames),
  };
}
