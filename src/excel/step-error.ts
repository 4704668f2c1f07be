/**
 * The one place Office.js failures become user-facing errors. Each adapter entry point wraps its
 * work in `atStep`, so a failure is caught exactly once and reaches the pane as an Error whose
 * Chinese message says which step failed, why, what to do, and how much was already written.
 */

/** How far a multi-sync write got before it failed; adapters bump `rows` after each sync. */
export interface WriteProgress {
  /** rows (or cells, when unit is "cells") written so far */
  rows: number;
  unit?: "rows" | "cells";
  /** where the half-written rows are, e.g. "工作表「校验报告」" */
  target?: string;
  /** the step failed but took back what it had changed: what the user should know about that */
  restored?: string;
}

export class ExcelStepError extends Error {
  readonly step: string;
  /** Office error code (e.g. "InvalidArgument") when Office gave one */
  readonly code: string | undefined;
  /** rows written before the failure, when the step writes */
  readonly writtenRows: number | undefined;

  constructor(step: string, message: string, code: string | undefined, writtenRows: number | undefined, cause: unknown) {
    super(message, { cause });
    this.name = "ExcelStepError";
    this.step = step;
    this.code = code;
    this.writtenRows = writtenRows;
  }
}

/**
 * A failure the adapter itself detects (a limit, a missing column) whose message already says
 * what to do; stepError keeps its words and adds no generic advice.
 */
export class ExcelGuardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExcelGuardError";
  }
}

export const CELL_EDIT_ADVICE = "Excel 可能正处于单元格编辑状态：请先按 Enter 或 Esc 结束单元格编辑，再点一次这个按钮。";

/** What to do, per Office error code (Excel.ErrorCodes / OfficeExtension.ErrorCodes). */
const ADVICE: Record<string, string> = {
  InvalidOperationInCellEditMode: CELL_EDIT_ADVICE,
  // what older hosts (no delayForCellEdit) answer while a cell is being edited; protection is checked before writes
  InvalidOperation: CELL_EDIT_ADVICE,
  AccessDenied: "工作表或工作簿受保护或为只读：请先撤销保护（审阅 → 撤销工作表保护），或另存一份可编辑的副本后再试。",
  ItemNotFound: "找不到要操作的工作表或区域，可能已被重命名或删除：请重新校验后再试。",
  ItemAlreadyExists: "同名工作表已存在：请重命名或删除后再试。",
  RequestPayloadSizeLimitExceeded:
    "数据量超过 Excel 网页版单次传输上限（5 MB）：请改用桌面版 Excel，或把工作表拆成几份后再试。",
  ResponsePayloadSizeLimitExceeded:
    "数据量超过 Excel 网页版单次传输上限（5 MB）：请改用桌面版 Excel，或把工作表拆成几份后再试。",
  InvalidArgument: "Excel 拒绝了这次操作的参数：请保存工作簿、重新校验后再试；如仍失败，请把此提示截图反馈。",
  ApiNotFound: "当前 Excel 版本不支持这项功能：请升级到 Office 2019 或更新版本，或使用 Excel 网页版。",
  MergedRangeConflict: "区域中有合并单元格：请先取消表格数据区的合并单元格后再试。",
  FilteredRangeConflict: "工作表处于筛选状态：请先清除筛选（数据 → 清除）后再试。",
  InsertDeleteConflict: "工作表结构正在被修改：请稍候再试。",
  Conflict: "工作簿正被其他人或其他操作修改：请稍候再试。",
  RequestAborted: "操作被取消：请再试一次。",
  GeneralException: "Excel 内部出错：请保存工作簿、关闭并重新打开本加载项后再试。",
};

const DEFAULT_ADVICE = "请保存工作簿后重试；如仍失败，请重新打开 Excel。";

function codeOf(err: unknown): string | undefined {
  if (err && typeof err === "object" && "code" in err && typeof (err as { code: unknown }).code === "string") {
    return (err as { code: string }).code;
  }
  return undefined;
}

function reasonOf(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  if (typeof err === "string") return err;
  return "未知错误";
}

/** Turn any failure of an Office call into an ExcelStepError (an ExcelStepError passes through unchanged). */
export function stepError(step: string, err: unknown, progress?: WriteProgress): ExcelStepError {
  if (err instanceof ExcelStepError) return err;
  const code = codeOf(err);
  let message: string;
  if (err instanceof ExcelGuardError) {
    message = `${step}失败：${err.message}`;
  } else {
    const advice = (code && ADVICE[code]) || DEFAULT_ADVICE;
    message = `${step}失败：${reasonOf(err)}${code ? `（${code}）` : ""}。${advice}`;
  }
  if (progress?.restored) {
    message += progress.restored;
  } else if (progress && progress.rows > 0) {
    const where = progress.target ? `${progress.target}` : "工作表";
    const done = progress.unit === "cells" ? `已写入 ${progress.rows} 个单元格` : `已写入前 ${progress.rows} 行`;
    // add-in writes cannot be undone with Ctrl+Z (before ExcelApi 1.19): never tell the user to undo
    message += `注意：${where}${done}，其余未写入，请检查这些单元格后再做一次这一步。`;
  }
  return new ExcelStepError(step, message, code, progress?.rows, err);
}

/** Run one user-visible step; any failure becomes a single ExcelStepError naming the step. */
export async function atStep<T>(step: string, work: (progress: WriteProgress) => Promise<T>): Promise<T> {
  const progress: WriteProgress = { rows: 0 };
  try {
    return await work(progress);
  } catch (err) {
    if (isAbort(err)) throw err;
    throw stepError(step, err, progress);
  }
}

/** A cancelled read is not a failure of Office; let it through as the AbortError it is. */
function isAbort(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { name?: unknown }).name === "AbortError";
}
