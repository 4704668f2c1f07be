import { tidyLabel } from "../classes/tidy-label";
import { parseGrade } from "../grade";
import type { GeneratedNumber } from "../model/report";
import type { Numbering } from "../profiles/schema";
import type { RowView, RuleContext } from "../rules/types";
import { classCode } from "./class-code";
import { checkExistingNumbers } from "./existing-fit";
import { isLayoutProblem, resolvePattern, type PatternLayout } from "./pattern-layout";

type PatternNumbering = Extract<Numbering, { scheme: "pattern" }>;

const DIGITS = /^\d+$/;
const YEAR_MONTH = /^(\d{4})(0[1-9]|1[0-2])$/;

/** Serials used so far under one prefix (every field but the serial); new ones take the lowest free. */
interface Pool {
  used: Set<number>;
  next: number;
}

/**
 * Local numbers such as 大同's 14 digits (000 大同 三.2). Existing well-formed numbers are kept (and checked
 * against their row) and their serials reserved, new serials fill the lowest free ones in sheet order, so a new number never equals
 * an existing one. A class that runs out of serials is an error, never a wrap-around (RULES.md §2).
 */
export function patternNumbers(
  rows: readonly RowView[],
  ctx: RuleContext,
  numbering: PatternNumbering,
  opts: { overwrite: boolean; schoolFields?: Record<string, string> },
): GeneratedNumber[] {
  const target = numbering.target;
  const totalLength = numbering.fields.reduce((s, f) => s + f.length, 0);
  const isWellFormed = (v: string) => v.length === totalLength && DIGITS.test(v);

  const existing: string[] = [];
  const needing: RowView[] = [];
  for (const r of rows) {
    const current = r.get(target);
    if (current !== "" && isWellFormed(current)) existing.push(current);
    else if (current === "" || opts.overwrite) needing.push(r);
  }
  if (opts.overwrite && existing.length > 0) ctx.report({ code: "number/valid-kept", params: { count: existing.length } });
  if (existing.length > 0) checkExistingNumbers(rows, ctx, numbering, isWellFormed);

  const classField = numbering.fields.find((f) => f.kind === "class");
  const ambiguousCodes = classField ? duplicateClassCodes(rows, classField.length, ctx) : new Set<string>();
  if (needing.length === 0) return [];

  const layout = resolvePattern(numbering.fields, opts.schoolFields);
  if (isLayoutProblem(layout)) {
    ctx.report({ code: layout.code, params: { field: layout.field, value: layout.value ?? "", pattern: numbering.name } });
    return [];
  }

  const pools = new Map<string, Pool>();
  const poolFor = (key: string) => {
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = { used: new Set(), next: 1 }));
    return pool;
  };
  const { serialStart, serialLength } = layout;
  for (const v of existing) {
    const key = v.slice(0, serialStart) + "|" + v.slice(serialStart + serialLength);
    poolFor(key).used.add(Number(v.slice(serialStart, serialStart + serialLength)));
  }

  const maxSerial = 10 ** serialLength - 1;
  const out: GeneratedNumber[] = [];
  for (const r of needing) {
    const parts = rowParts(r, layout, ctx, ambiguousCodes);
    if (!parts) continue;
    const pool = poolFor(parts.prefix + "|" + parts.suffix);
    while (pool.used.has(pool.next)) pool.next++;
    if (pool.next > maxSerial) {
      ctx.report({ code: "number/serial-overflow", row: r.row, key: "className", value: r.get("className"), params: { max: maxSerial } });
      continue;
    }
    pool.used.add(pool.next);
    const serial = String(pool.next).padStart(serialLength, "0");
    out.push({ row: r.row, key: target, value: parts.prefix + serial + parts.suffix, scheme: numbering.name });
  }
  return out;
}

/** The row's number around its serial, or null after reporting why it cannot be built. */
function rowParts(r: RowView, layout: PatternLayout, ctx: RuleContext, ambiguousCodes: ReadonlySet<string>) {
  let prefix = "";
  let suffix = "";
  for (let i = 0; i < layout.fields.length; i++) {
    if (i === layout.serialIndex) continue;
    const f = layout.fields[i];
    let part = layout.fixed[i];
    if (part === null) {
      if (f.kind === "entryYear") {
        const m = YEAR_MONTH.exec(r.get("entryYearMonth"));
        if (!m) {
          ctx.report({ code: "number/entry-year-invalid", row: r.row, key: "entryYearMonth", value: r.get("entryYearMonth") });
          return null;
        }
        part = m[1].slice(-f.length).padStart(f.length, "0");
      } else if (f.kind === "stage") {
        const info = parseGrade(r.get("grade"), ctx.profile.schoolSystem);
        part = info ? (f.map?.[info.stage] ?? null) : null;
        if (part === null) {
          ctx.report({ code: "number/stage-unknown", row: r.row, key: "grade", value: r.get("grade") });
          return null;
        }
      } else {
        part = classCode(r.get("className"), f.length);
        if (part === null) {
          ctx.report({ code: "number/class-code-invalid", row: r.row, key: "className", value: r.get("className"), params: { length: f.length } });
          return null;
        }
        // class/duplicate-code already explains why this class gets no numbers
        if (ambiguousCodes.has(schoolCodeKey(r, part))) return null;
      }
    }
    if (i < layout.serialIndex) prefix += part;
    else suffix += part;
  }
  return { prefix, suffix };
}

function schoolCodeKey(r: RowView, code: string): string {
  return `${r.get("schoolCode")}\u0000${code}`;
}

/**
 * 全校的班级代码不得重复 (《大同市中小学学籍管理办法实施细则》三、2): two classes of one school — of one grade
 * or of two ("一年级3班" and "二年级3班"), or one class written two ways ("3班", "(03)班") — that give the
 * same class code. Each class involved gets the error once, at its first row, naming the others; returns
 * the school+code keys involved, whose rows get no number until the codes are made distinct. Another
 * school's file may use the same codes: the key holds the school.
 */
function duplicateClassCodes(rows: readonly RowView[], length: number, ctx: RuleContext): Set<string> {
  // school+code → class (grade number or text, and class name) → its label and first row
  const owners = new Map<string, Map<string, { label: string; row: RowView }>>();
  const codeCache = new Map<string, { className: string; code: string | null }>();
  const gradeCache = new Map<string, { key: string; text: string; known: boolean }>();
  for (const r of rows) {
    const raw = r.get("className");
    let entry = codeCache.get(raw);
    if (!entry) {
      const className = tidyLabel(raw);
      codeCache.set(raw, (entry = { className, code: className === "" ? null : classCode(className, length) }));
    }
    if (entry.code === null) continue;
    const gradeRaw = r.get("grade");
    let grade = gradeCache.get(gradeRaw);
    if (!grade) {
      const text = tidyLabel(gradeRaw);
      const info = text ? parseGrade(text, ctx.profile.schoolSystem) : null;
      gradeCache.set(gradeRaw, (grade = { key: info ? String(info.grade) : text, text, known: info !== null || text === "" }));
    }
    // a grade that is no grade (学前班) is reported as such and gets no number: it shares no code
    if (!grade.known) continue;
    const key = schoolCodeKey(r, entry.code);
    let classes = owners.get(key);
    if (!classes) owners.set(key, (classes = new Map()));
    const classKey = `${grade.key}\u0000${entry.className}`;
    if (!classes.has(classKey)) classes.set(classKey, { label: grade.text + entry.className, row: r });
  }
  const ambiguous = new Set<string>();
  for (const [key, classes] of owners) {
    if (classes.size < 2) continue;
    ambiguous.add(key);
    const all = [...classes.values()];
    const code = key.slice(key.indexOf("\u0000") + 1);
    for (const { label, row } of all) {
      ctx.report({
        code: "class/duplicate-code",
        row: row.row,
        key: "className",
        value: row.get("className"),
        params: { code, className: label, otherClass: all.filter((c) => c.label !== label).map((c) => c.label).join("」「") },
      });
    }
  }
  return ambiguous;
}
