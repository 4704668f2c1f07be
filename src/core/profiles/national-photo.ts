import type { PhotoSettings } from "./schema";

/**
 * The national 学籍照片 limits (《全国中小学生学籍信息管理系统照片采集要求》): a JPG under 60 KB, at least
 * 154 × 189 pixels, width:height 26:32. Its own module so that the shipped profiles can use it without
 * loading the schema (and zod) at run time.
 */
export const NATIONAL_PHOTO: PhotoSettings = {
  maxBytes: 60 * 1024,
  minWidth: 154,
  minHeight: 189,
  aspect: { width: 26, height: 32, tolerance: 0.05 },
};
