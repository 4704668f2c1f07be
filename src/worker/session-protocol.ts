import type { WorkbookCheck } from "../core";
import type { Progress } from "../app/host";
import type { Preview } from "../app/preview-rows";
import type { EngineOptions, WrittenFile } from "./protocol";

/**
 * The browser page's conversation with one long-lived worker that keeps each picked file's tables, bytes and
 * check: a 20,000-row sheet's tables (1.4 M cells) and its cleaned cells never cross to the page and back,
 * only what the page shows does. Every request carries a `seq`; every answer to it carries the same.
 */
export type SessionRequest =
  | { type: "session/open"; seq: number; file: number; fileName: string; bytes: Uint8Array }
  | { type: "session/check"; seq: number; file: number; options: EngineOptions }
  | { type: "session/write"; seq: number; file: number; what: "upload" | "report" }
  | { type: "session/close"; seq: number; file: number };

/**
 * A check as the page gets it: `check.results[i].cleaned.cells` is left empty (only the writers read it, and
 * they run where the file is kept), and `previews[i]` is result i's problem-row preview, built beside its table.
 */
export interface PageCheck {
  check: WorkbookCheck;
  previews: Preview[];
}

export type SessionMessage =
  /** `note`: how a text file was decoded (textEncodingNote), for the page to say */
  | { type: "session/opened"; seq: number; sheets: number; note?: string }
  | { type: "session/progress"; seq: number; progress: Progress }
  | { type: "session/checked"; seq: number; result: PageCheck }
  | { type: "session/written"; seq: number; file: WrittenFile }
  | { type: "session/closed"; seq: number }
  /** `name` keeps the error's kind ("ReadError" messages are shown as they are) */
  | { type: "session/error"; seq: number; message: string; name?: string };

export function isSessionRequest(request: { type: string }): request is SessionRequest {
  return request.type.startsWith("session/");
}
