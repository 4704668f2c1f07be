import type { CodeList, CodeMatch } from "../model/code-list";
import type { Profile } from "../profiles/schema";
import type { CodeLists } from "../rules/types";
import { nationality } from "./lists/nationality";
import { bloodType, ethnicity, health, hmtOverseas, idType, politicalStatus, sex } from "./lists/person";
import { relation } from "./lists/relation";
import { educationStage, entryMode, graduationResult, householdType, studentSource, studyMode } from "./lists/school";
import { transport } from "./lists/transport";
import { disability, flag, inclusive, leftBehind } from "./lists/welfare";
import { ListMatcher } from "./matcher";

/** Every code list a template column may name (TemplateColumn.codeList). */
export const codeLists: CodeList[] = [
  sex,
  ethnicity,
  nationality,
  idType,
  hmtOverseas,
  politicalStatus,
  health,
  householdType,
  entryMode,
  studyMode,
  studentSource,
  leftBehind,
  inclusive,
  disability,
  transport,
  relation,
  graduationResult,
  educationStage,
  bloodType,
  flag,
];

/** A list with the profile's extra accepted names appended (they have no code). */
function withAdditions(list: CodeList, extra: string[] | undefined): CodeList {
  if (!extra?.length) return list;
  const known = new Set(list.entries.map((e) => e.name));
  const added = extra.filter((name) => !known.has(name)).map((name) => ({ code: "", name }));
  return { ...list, entries: [...list.entries, ...added] };
}

const cache = new WeakMap<Profile, CodeLists>();

/** The code lists as a profile sees them; built once per profile object and reused. */
export function createCodeLists(profile: Profile): CodeLists {
  const cached = cache.get(profile);
  if (cached) return cached;
  const matchers = new Map<string, ListMatcher>();
  for (const list of codeLists) {
    matchers.set(list.id, new ListMatcher(withAdditions(list, profile.codeListAdditions?.[list.id])));
  }
  const lists: CodeLists = {
    get: (id: string): CodeList | undefined => matchers.get(id)?.list,
    match: (id: string, input: string): CodeMatch | null => {
      if (!input) return null;
      return matchers.get(id)?.match(input) ?? null;
    },
  };
  cache.set(profile, lists);
  return lists;
}
