/** Names of the sheets the add-in creates (own-sheets.ts knows which sheets really are ours). */
export const REPORT_SHEET = "校验报告";
export const CLASS_SHEET = "班额统计";
/** hidden sheet holding the original fills of marked cells, so "clear marks" survives reopening */
export const MARKS_SHEET = "xueji_marks";
/** prefix of the copy kept before fixes are applied in place */
export const BACKUP_PREFIX = "备份-";

/** Excel's sheet-name limit. */
export const MAX_SHEET_NAME = 31;

/** "备份-学生信息", "备份2-学生信息", … — unique among `taken`, within 31 characters. */
export function backupName(sheet: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const prefix = n === 1 ? BACKUP_PREFIX : `备份${n}-`;
    const name = (prefix + sheet).slice(0, MAX_SHEET_NAME);
    if (!taken.has(name)) return name;
  }
}
