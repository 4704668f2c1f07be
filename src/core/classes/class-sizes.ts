import { parseGrade, type GradeInfo } from "../grade";
import type { ClassBand, ClassSize } from "../model/report";
import type { Profile } from "../profiles/schema";
import type { RowView, RuleContext } from "../rules/types";
import { stageOfClass, stageOfGrade, type ClassStage } from "./class-stage";
import { STAGE_LABELS } from "./class-words";
import { tidyLabel } from "./tidy-label";

/** Label of the group of rows with no grade or no class. */
export const UNFILLED = "(未填)";


interface Group {
  size: ClassSize;
  info: GradeInfo | null;
  stage: ClassStage | null;
  /** the rows had both a grade and a class (not the "(未填)" group) */
  filled: boolean;
  /** on a layout without 年级: how many of the class's pupils entered in each 入学年月 */
  entries: Map<string, number> | null;
}

export interface ClassOptions {
  /** the sheet has a 年级 column; without one (the 2013 national order) a class is its 班级 (the school's 班号) */
  hasGrade: boolean;
}

/**
 * Count the students of each class (school + grade + class), apply the profile's cap and the national
 * 大班额 bands, and report one issue per class — not per student — at the class's first row.
 */
export function classSizes(rows: readonly RowView[], ctx: RuleContext, opts: ClassOptions = { hasGrade: true }): ClassSize[] {
  const { profile } = ctx;
  // a sheet has a few dozen distinct grade and class spellings: tidy and parse each once
  const gradeCache = new Map<string, { text: string; key: string; info: GradeInfo | null }>();
  const classCache = new Map<string, string>();
  // school → grade → class → group; nested maps look up the (already hashed) values instead of a key string built per row
  const groups = new Map<string, Map<string, Map<string, Group>>>();
  const list: Group[] = [];
  let unfilledRows = 0;
  let firstUnfilledRow = 0;

  for (const r of rows) {
    const gradeRaw = opts.hasGrade ? r.get("grade") : "";
    let grade = gradeCache.get(gradeRaw);
    if (!grade) {
      const text = tidyLabel(gradeRaw);
      const info = text ? parseGrade(text, profile.schoolSystem) : null;
      grade = { text, key: info ? String(info.grade) : text, info };
      gradeCache.set(gradeRaw, grade);
    }
    const classRaw = r.get("className");
    let classText = classCache.get(classRaw);
    if (classText === undefined) classCache.set(classRaw, (classText = tidyLabel(classRaw)));
    const gradeText = grade.text;
    const filled = (gradeText !== "" || !opts.hasGrade) && classText !== "";
    if (!filled && unfilledRows++ === 0) firstUnfilledRow = r.row;
    const school = r.get("schoolCode");
    const classKey = filled ? classText : UNFILLED;
    let bySchool = groups.get(school);
    if (!bySchool) groups.set(school, (bySchool = new Map()));
    let byGrade = bySchool.get(grade.key);
    if (!byGrade) bySchool.set(grade.key, (byGrade = new Map()));
    let g = byGrade.get(classKey);
    if (!g) {
      g = {
        info: grade.info,
        stage: grade.info ? stageOfGrade(grade.info) : null,
        filled,
        entries: opts.hasGrade ? null : new Map(),
        size: {
          grade: opts.hasGrade ? gradeText || UNFILLED : "",
          className: classKey,
          ...(school ? { school } : {}),
          stage: grade.info?.stage ?? null,
          ...(grade.info ? { stageFrom: "grade" as const } : {}),
          count: 0,
          cap: null,
          band: "normal",
          status: "ok",
          rows: [],
        },
      };
      byGrade.set(classKey, g);
      list.push(g);
    }
    g.size.count++;
    g.size.rows.push(r.row);
    if (g.entries) {
      const e = r.get("entryYearMonth");
      if (e) g.entries.set(e, (g.entries.get(e) ?? 0) + 1);
    }
  }

  for (const g of list) {
    if (!g.filled) continue;
    if (g.entries) {
      g.stage = stageOfClass(g.entries, ctx.today, profile);
      g.size.stage = g.stage?.stage ?? null;
      if (g.stage) g.size.stageFrom = g.stage.from;
    }
    g.size.cap = capFor(g.stage, profile);
    judgeSize(g, ctx);
  }
  if (unfilledRows > 0) ctx.report({ code: "class/unassigned", row: firstUnfilledRow, params: { count: unfilledRows } });
  if (profile.classBalance) checkBalance(list, profile.classBalance.maxDifference, ctx);

  list.sort(compareGroups);
  return list.map((g) => g.size);
}

function capFor(stage: ClassStage | null, profile: Profile): number | null {
  if (!stage) return null;
  const caps = profile.classCaps;
  if (stage.isEntryGrade && caps.entryGrade !== undefined) return caps.entryGrade;
  if (stage.stage === "primary") return caps.primary;
  if (stage.stage === "junior") return caps.junior;
  return caps.senior ?? caps.junior;
}

/** The national bands (56–65 大班额, ≥ 66 超大班额), with the numbers from the profile. */
export function bandOf(count: number, profile: Profile): ClassBand {
  if (count >= profile.bands.superLarge) return "super-large";
  if (count >= profile.bands.large) return "large";
  return "normal";
}

function judgeSize(g: Group, ctx: RuleContext): void {
  const { size, stage: s } = g;
  const { profile } = ctx;
  size.band = bandOf(size.count, profile);
  const row = size.rows[0];
  const where = { grade: size.grade, className: size.className, count: size.count };
  if (size.cap !== null && size.count > size.cap) {
    size.status = "over-cap";
    const stage = STAGE_LABELS[s!.stage] + (s!.isEntryGrade && profile.classCaps.entryGrade !== undefined ? "起始年级" : "");
    const source = profile.citations.classCaps?.ref ?? profile.sources[0].ref;
    ctx.report({ code: "class/over-cap", row, key: "className", params: { ...where, cap: size.cap, stage, source } });
  } else if (size.band !== "normal") {
    const code = size.band === "super-large" ? "class/super-large-band" : "class/large-band";
    ctx.report({ code, row, key: "className", params: { ...where, large: profile.bands.large, superLarge: profile.bands.superLarge } });
  }
}

/** Entry-grade classes should be of like size (003 (三) 3 落实平均分班). */
function checkBalance(groups: readonly Group[], maxDifference: number, ctx: RuleContext): void {
  const byGrade = new Map<string, Group[]>();
  for (const g of groups) {
    if (!g.filled || !g.info?.isEntryGrade) continue;
    const key = `${g.size.school ?? ""}\u0000${g.info.grade}`;
    const list = byGrade.get(key);
    if (list) list.push(g);
    else byGrade.set(key, [g]);
  }
  for (const list of byGrade.values()) {
    if (list.length < 2) continue;
    let max = list[0];
    let min = list[0];
    for (const g of list) {
      if (g.size.count > max.size.count) max = g;
      if (g.size.count < min.size.count) min = g;
    }
    const difference = max.size.count - min.size.count;
    if (difference <= maxDifference) continue;
    ctx.report({
      code: "class/unbalanced",
      row: max.size.rows[0],
      key: "className",
      params: {
        grade: max.size.grade,
        maxClass: max.size.className,
        max: max.size.count,
        minClass: min.size.className,
        min: min.size.count,
        difference,
        limit: maxDifference,
      },
    });
  }
}

const FIRST_NUMBER = /\d+/;

function compareGroups(a: Group, b: Group): number {
  const school = (a.size.school ?? "").localeCompare(b.size.school ?? "");
  if (school !== 0) return school;
  // unknown grades after known ones, the "(未填)" class last within its grade
  const ga = a.info?.grade ?? 99;
  const gb = b.info?.grade ?? 99;
  if (ga !== gb) return ga - gb;
  if (ga === 99 && a.size.grade !== b.size.grade) return a.size.grade.localeCompare(b.size.grade);
  if (a.filled !== b.filled) return a.filled ? -1 : 1;
  const na = a.size.className.match(FIRST_NUMBER);
  const nb = b.size.className.match(FIRST_NUMBER);
  if (na && nb && Number(na[0]) !== Number(nb[0])) return Number(na[0]) - Number(nb[0]);
  return a.size.className.localeCompare(b.size.className, "zh");
}
