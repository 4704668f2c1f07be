import type { RowRule } from "../types";
import { entryAge } from "./entry-age";
import { entryYearVsGrade } from "./entry-year-vs-grade";
import { graduationResult } from "./graduation-result";
import { inclusiveVsDisability } from "./inclusive-vs-disability";
import { leftBehindMigrant } from "./left-behind-migrant";
import { firstMemberMissing } from "./first-member-missing";
import { memberIdRequired } from "./member-id-required";

/** Cross-field rules run on every data row after its cells are normalised. */
export const rowRules: RowRule[] = [memberIdRequired, firstMemberMissing, inclusiveVsDisability, entryAge, entryYearVsGrade, graduationResult, leftBehindMigrant];
