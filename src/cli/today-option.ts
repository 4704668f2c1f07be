import { isValidYmd } from "../core/validators/ymd";

/** What is wrong with `--today`, in the user's words, or null when it is absent or a real YYYYMMDD date. */
export function todayProblem(value: string | undefined): string | null {
  if (value === undefined || isValidYmd(value)) return null;
  return `--today 应为 YYYYMMDD 格式的日期，如 20250901（现为 ${value}）。`;
}
