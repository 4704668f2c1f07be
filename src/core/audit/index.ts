/** The county audit: many schools' checked files → one report of what only the whole county shows. */
export { auditCounty } from "./audit-county";
export { auditFileOf, isUnreadable } from "./audit-file";
export { maskDeep, maskIds } from "./mask";
export { auditIssueText, auditMessages, DUPLICATE_KIND_WORDS, renderAuditIssue, unreadableWords } from "./messages";
export * from "./types";
