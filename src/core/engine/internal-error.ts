import type { IssueDraft, RuleContext } from "../rules/types";

/** An exception in a rule, as an error on its cell or row: the row is then rejected with a reason, never lost. */
export function internalErrorDraft(err: unknown, row?: number, key?: string, value?: string): IssueDraft {
  const error = err instanceof Error ? err.message : String(err);
  return { code: "engine/internal-error", row, key, value, params: { error } };
}

export function internalError(ctx: RuleContext, err: unknown, row?: number, key?: string, value?: string): void {
  ctx.report(internalErrorDraft(err, row, key, value));
}
