import type { SheetEdits, SheetTable, WorkbookCheck } from "../core";
import type { Progress } from "../app/host";
import type { UploadFile } from "../io/write-upload";

/** Which profile to check against: a shipped one by id, or a user's JSON (parsed again where it runs). */
export type ProfileChoice = { id: string } | { custom: unknown; fileName?: string };

export interface EngineOptions {
  profile: ProfileChoice;
  /** "auto" detects the template by its headers; otherwise a template id */
  templateId: string;
  /** YYYYMMDD; defaults to today where the engine runs */
  today?: string;
}

export interface CheckRequest {
  type: "check";
  tables: SheetTable[];
  options: EngineOptions;
}

/** The upload-ready workbook: the picked file edited (bytes), or a new workbook of the tables (no bytes). */
export interface UploadRequest {
  type: "upload";
  bytes: Uint8Array | null;
  tables: SheetTable[];
  edits: SheetEdits[];
}

export interface ReportRequest {
  type: "report";
  check: WorkbookCheck;
  fileName: string;
}

export type EngineRequest = CheckRequest | UploadRequest | ReportRequest;

/** a written file: the upload-ready copy or the report */
export type WrittenFile = UploadFile;

export type EngineMessage =
  | { type: "progress"; progress: Progress }
  | { type: "done"; check: WorkbookCheck }
  | { type: "written"; file: WrittenFile }
  /** `name` keeps the error's kind across the worker boundary ("ReadError" messages are shown as is) */
  | { type: "error"; message: string; name?: string };
