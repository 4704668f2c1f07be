import { tidyLabel } from "../classes/tidy-label";
import { parseGrade } from "../grade";
import type { GeneratedNumber } from "../model/report";
import type { Numbering } from "../profiles/schema";
import type { RowView, RuleContext } from "../rules/types";
import { classCode } from "./class-code";
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
 * Local numbers such as 大同's 14 digits (000 大同 三.2). Existing well-formed numbers are kept and their
 * serials reserved, new serials fill the lowest free ones in sheet order, so a new number never equals
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
 * 全校的班级代码不得重复 (000 大同 三.2): two different class names of one school that give the same
 * class code ("3班" and "(03)班", "1年级3班" and "13班"). The same name in several grades is one code
 * by design — the year code keeps their numbers apart. Reports each extra name once; returns the
 * school+code keys involved, whose rows get no number until the names are fixed.
 */
function duplicateClassCodes(rows: readonly RowView[], length: number, ctx: RuleContext): Set<string> {
  const owner = new Map<string, string>();
  const reported = new Set<string>();
  const ambiguous = new Set<string>();
  const cache = new Map<string, { className: string; code: string | null }>();
  for (const r of rows) {
    const raw = r.get("className");
    let entry = cache.get(raw);
    if (!entry) {
      const className = tidyLabel(raw);
      cache.set(raw, (entry = { className, code: className === "" ? null : classCode(className, length) }));
    }
    const { className, code } = entry;
    if (code === null) continue;
    const key = schoolCodeKey(r, code);
    const first = owner.get(key);
    if (first === undefined) {
      owner.set(key, className);
    } else if (first !== className && !reported.has(`${key}\u0000${className}`)) {
      reported.add(`${key}\u0000${className}`);
      ambiguous.add(key);
      ctx.report({
        code: "class/duplicate-code",
        row: r.row,
        key: "className",
        value: r.get("className"),
        params: { code, className, otherClass: first },
      });
    }
  }
  return ambiguous;
}
