import type { WorkbookHost } from "../app/host";
import type { SheetTable } from "../core";

/** A host for component tests: settings in a Map, every operation a jest mock. */
export function fakeHost(kind: "excel" | "browser" = "excel", tables: SheetTable[] = []) {
  const settings = new Map<string, string>();
  const all = kind === "excel";
  const host = {
    kind,
    capabilities: { markCells: all, writeSheets: all, fillNumbers: all, applyFixes: all, selectCell: all },
    readTables: jest.fn(async () => tables),
    selectCell: jest.fn(async () => undefined),
    markIssues: jest.fn(async () => undefined),
    clearMarks: jest.fn(async () => undefined),
    writeReportSheets: jest.fn(async () => undefined),
    fillNumbers: jest.fn(async () => 0),
    applyFixes: jest.fn(async () => ({ backupSheet: "备份", applied: 0 })),
    exportWorkbook: jest.fn(async (): Promise<"opened" | "downloaded"> => "downloaded"),
    loadSetting: jest.fn(async (key: string) => settings.get(key) ?? null),
    saveSetting: jest.fn(async (key: string, value: string) => void settings.set(key, value)),
  } satisfies WorkbookHost;
  return { host, settings };
}
