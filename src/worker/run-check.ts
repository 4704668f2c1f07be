import { checkWorkbook, getProfile, parseProfile, type Profile, type SheetTable, type WorkbookCheck } from "../core";
import type { Progress } from "../app/host";
import type { EngineOptions, ProfileChoice } from "./protocol";

/** Turn the pane's profile choice into a validated profile; throws ProfileError / Error in Chinese. */
export function resolveProfile(choice: ProfileChoice): Profile {
  if ("id" in choice) {
    const profile = getProfile(choice.id);
    if (!profile) throw new Error(`找不到内置配置「${choice.id}」，请在上方重新选择地区配置。`);
    return profile;
  }
  return parseProfile(choice.custom, choice.fileName);
}

/**
 * Check every sheet, reporting progress over all sheets' rows together so the bar moves once from
 * 0 to 100 % rather than restarting per sheet. Runs in the worker, or in-thread as the fallback.
 */
export function runCheck(
  tables: readonly SheetTable[],
  options: EngineOptions,
  onProgress: (p: Progress) => void,
): WorkbookCheck {
  const profile = resolveProfile(options.profile);
  const total = Math.max(1, tables.reduce((n, t) => n + t.rows.length, 0));
  // the engine reports done/total per sheet and ends each sheet with done === its total
  let finishedSheets = 0;
  const check = checkWorkbook(tables, {
    profile,
    templateId: options.templateId === "auto" ? undefined : options.templateId,
    today: options.today,
    onProgress: (done, sheetTotal) => {
      const at = Math.min(total, finishedSheets + done);
      onProgress({ done: at, total, label: `正在检查第 ${at} 行，共 ${total} 行` });
      if (done >= sheetTotal) finishedSheets += sheetTotal;
    },
  });
  onProgress({ done: total, total, label: "检查完成" });
  return check;
}
