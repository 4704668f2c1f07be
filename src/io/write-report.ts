import type { WorkbookCheck } from "../core/engine/check-workbook";
import type { Lang } from "../core/messages";
import { buildReportSheets } from "./report/report-sheets";
import { writeSimpleXlsx } from "./xlsx/write-simple-xlsx";

/**
 * The report workbook beside the upload-ready file: what was checked, the rows kept out with their
 * reasons, every issue, class sizes and generated numbers — everything that must not go into the upload.
 */
export function writeReport(check: WorkbookCheck, opts: { fileName: string; lang?: Lang }): Uint8Array {
  return writeSimpleXlsx(buildReportSheets(check, opts));
}
