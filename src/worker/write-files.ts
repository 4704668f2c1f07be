import { writeReport } from "../io/write-report";
import { writeUpload } from "../io/write-upload";
import { writeTablesXlsx } from "../io/xlsx/write-tables-xlsx";
import type { ReportRequest, UploadRequest, WrittenFile } from "./protocol";

/** The writers as the worker runs them (or the page, in-thread, when no worker can start). */
export function writeUploadFile(request: UploadRequest): WrittenFile {
  if (request.bytes) return writeUpload(request.bytes, request.tables, request.edits);
  return { bytes: writeTablesXlsx(request.tables, request.edits), extension: "xlsx", converted: true };
}

export function writeReportFile(request: ReportRequest): WrittenFile {
  return { bytes: writeReport(request.check, { fileName: request.fileName }), extension: "xlsx", converted: false };
}
