import { writeReport } from "../io/write-report";
import { writeUpload } from "../io/write-upload";
import type { ReportRequest, UploadRequest, WrittenFile } from "./protocol";

/** The writers as the worker runs them (or the page, in-thread, when no worker can start). */
export function writeUploadFile(request: UploadRequest): WrittenFile {
  return writeUpload(request.bytes, request.tables, request.edits);
}

export function writeReportFile(request: ReportRequest): WrittenFile {
  return { bytes: writeReport(request.check, { fileName: request.fileName }), extension: "xlsx", converted: false };
}
