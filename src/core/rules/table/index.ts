import type { TableRule } from "../types";
import { duplicateId } from "./duplicate-id";
import { duplicateRegisterNumber } from "./duplicate-regno";
import { suspectedDuplicate } from "./suspected-duplicate";

export { groupDuplicates } from "./group-duplicates";

/** Whole-sheet rules, run after every row is normalised. Class sizes and numbering run separately. */
export const tableRules: TableRule[] = [duplicateId, suspectedDuplicate, duplicateRegisterNumber];
