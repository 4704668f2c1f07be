import type { ClassBand, ClassSize, Stage } from "../model/report";

/** The words every door uses for a class's stage, band and where its stage came from (one set, so they agree). */
export const STAGE_LABELS: Record<Stage, string> = { primary: "小学", junior: "初中", senior: "高中" };
export const BAND_LABELS: Record<ClassBand, string> = { normal: "正常", large: "大班额", "super-large": "超大班额" };
export const STAGE_FROM_LABELS: Record<NonNullable<ClassSize["stageFrom"]>, string> = { grade: "年级", entryYearMonth: "入学年月", profile: "地区配置的默认学段" };

export function stageLabel(c: Pick<ClassSize, "stage">): string {
  return c.stage ? STAGE_LABELS[c.stage] : "未知";
}

export function stageFromLabel(c: Pick<ClassSize, "stageFrom">): string {
  return c.stageFrom ? STAGE_FROM_LABELS[c.stageFrom] : "无法判断（只按大班额标准）";
}
