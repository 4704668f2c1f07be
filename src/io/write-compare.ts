import type { CompareReport } from "../core/compare/types";
import { buildCompareSheets } from "./compare/compare-sheets";
import { writeSimpleXlsx } from "./xlsx/write-simple-xlsx";

/** The comparison workbook: 汇总, 只在前表, 只在后表, 关键字段变化, 年级异常. Mask the report first for one that leaves the school. */
export function writeCompareWorkbook(report: CompareReport): Uint8Array {
  return writeSimpleXlsx(buildCompareSheets(report));
}
