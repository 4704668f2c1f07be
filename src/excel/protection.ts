/**
 * Protection is checked before a step writes anything, so a protected sheet or workbook gets a
 * message naming the protection and the action it blocks, not a half-done step and AccessDenied.
 * worksheet.protection is ExcelApi 1.2, workbook.protection 1.7 (the manifest's minimum).
 */
import { ExcelGuardError } from "./step-error";
import { syncBatch } from "./yield";

export interface ProtectionNeeds {
  /** sheets whose cells the step changes */
  sheets?: readonly string[];
  /** whether the step adds, deletes, renames, hides or copies sheets */
  structure?: boolean;
}

/** Throws, before anything is written, when a protection would stop `action` (e.g. "标记问题单元格"). */
export async function guardProtection(context: Excel.RequestContext, action: string, needs: ProtectionNeeds): Promise<void> {
  const sheets = (needs.sheets ?? []).map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected");
    return { name, protection };
  });
  const workbook = needs.structure ? context.workbook.protection : null;
  workbook?.load("protected");
  await syncBatch(context);
  const locked = sheets.find((s) => s.protection.protected);
  if (locked) {
    throw new ExcelGuardError(
      `工作表「${locked.name}」受保护，不能改动其中的单元格，所以无法${action}。请先点“审阅 → 撤消工作表保护”（设了密码的需输入密码），再点一次这个按钮。`,
    );
  }
  if (workbook?.protected) {
    throw new ExcelGuardError(
      `工作簿的结构受保护（不能新增、删除、重命名或隐藏工作表），所以无法${action}。请先点“审阅 → 保护工作簿”取消保护，再点一次这个按钮。`,
    );
  }
}
