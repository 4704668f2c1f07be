/** The county audit: many schools' checked files → one report of what only the whole county shows. */
export { auditCounty } from "./audit-county";
export { auditFileOf, isUnreadable } from "./audit-file";
export { bandOf } from "./class-sizes";
export { maskDeep, maskIds } from "./mask";
export { auditIssueText, auditMessages, renderAuditIssue, unreadableWords } from "./messages";
export { fileStem } from "./school";
export * from "./types";
