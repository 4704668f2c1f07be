/**
 * Which Excel API features the running Office offers. The manifest demands ExcelApi 1.7 (Office
 * 2019); newer features are detected at run time and each has a fallback.
 */
export interface ApiSupport {
  /** ExcelApi 1.8: Excel.createWorkbook(base64) */
  createWorkbook: boolean;
  /** ExcelApi 1.9: worksheet.getRanges (RangeAreas) and range.getCellProperties */
  rangeAreas: boolean;
  /** Office on the web: requests and responses are capped at 5 MB */
  web: boolean;
  /** Office on Mac: <a download> does nothing in WKWebView */
  mac: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectApiSupport(isSetSupported: IsSetSupported, platform?: string): ApiSupport {
  return {
    createWorkbook: isSetSupported("ExcelApi", "1.8"),
    rangeAreas: isSetSupported("ExcelApi", "1.9"),
    web: platform === "OfficeOnline",
    mac: platform === "Mac",
  };
}

/** The live Office's answer; `Office` is only touched here and in the host factory. */
export function officeApiSupport(): ApiSupport {
  const requirements = Office.context.requirements;
  return detectApiSupport((name, v) => requirements.isSetSupported(name, v), String(Office.context.platform));
}
