import type { GeneratedNumber } from "../model/report";
import type { RowView, RuleContext } from "../rules/types";
import { nationalNumbers } from "./national";
import { patternNumbers } from "./pattern";

export interface NumberingOptions {
  /** also replace numbers that are present but invalid; a valid number is never replaced */
  overwrite?: boolean;
  /** school-level pattern values the profile leaves open, by field kind: { county: "07", ownership: "1", school: "123" } */
  schoolFields?: Record<string, string>;
}

/**
 * Numbers for the rows that lack one, by the profile's scheme. Returned even when the sheet has no
 * column for them: the writers then put them in a sheet of their own.
 */
export function generateNumbers(rows: readonly RowView[], ctx: RuleContext, opts: NumberingOptions = {}): GeneratedNumber[] {
  const numbering = ctx.profile.numbering;
  const overwrite = opts.overwrite ?? false;
  if (numbering.scheme === "national") return nationalNumbers(rows, ctx, overwrite);
  return patternNumbers(rows, ctx, numbering, { overwrite, schoolFields: opts.schoolFields });
}
