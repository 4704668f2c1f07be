import type { TableRule } from "../types";
import { suspectedDuplicate } from "./suspected-duplicate";
import { uniqueFields } from "./unique-fields";

export { groupDuplicates } from "./group-duplicates";

/** Whole-sheet rules, run after every row is normalised. Class sizes and numbering run separately. */
export const tableRules: TableRule[] = [uniqueFields, suspectedDuplicate];
