/** The engine's public surface: what the Excel adapter, the browser page and the command line call. */
export { checkSheet, todayString, type CheckOptions } from "./engine/check-sheet";
export { checkWorkbook, type WorkbookCheck } from "./engine/check-workbook";
export { workbookEdits } from "./engine/workbook-edits";
export { describeUnchecked } from "./engine/unchecked";
export { catalogue, entryFor, issuePlace, issueText, renderIssue, type Lang } from "./messages";
export { issueTitle, titledPerColumn } from "./messages/titles";
export { getProfile, parseProfile, ProfileError, shippedProfiles } from "./profiles";
export type { Profile } from "./profiles/schema";
export { templates, getTemplate, rosterPool } from "./templates";
export * from "./model/issue";
export * from "./model/report";
export * from "./model/table";
export type { CellEdit, SheetEdits } from "./model/edits";
export type { Template, TemplateColumn, ValueKind } from "./model/template";
