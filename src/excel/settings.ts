/**
 * Per-workbook settings (the chosen profile, a custom profile's text), stored in the document
 * through Office.context.document.settings, so they travel with the workbook.
 */
export type OfficeSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

export function loadSetting(settings: OfficeSettings, key: string): string | null {
  const value: unknown = settings.get(key);
  return typeof value === "string" ? value : null;
}

export function saveSetting(settings: OfficeSettings, key: string, value: string): Promise<void> {
  settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result: Office.AsyncResult<void>) => {
      if (String(result.status) === "failed") {
        reject(Object.assign(new Error(result.error?.message ?? "保存设置失败"), { code: String(result.error?.code ?? "") }));
      } else resolve();
    });
  });
}
