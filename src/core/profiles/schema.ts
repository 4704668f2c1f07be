import { z } from "zod";
import { NATIONAL_PHOTO } from "./national-photo";

/**
 * A jurisdiction profile: every number the regulations leave to a province or county.
 * Profiles are data (checked here at load) so that a county's caps are a file, not a code change.
 */

const citation = z.object({
  /** the document, as a registrar names it: "《阜南县中小学学籍管理办法（试行）》第九条", "GB 11643-1999《公民身份号码》" */
  ref: z.string().min(1),
  note: z.string().optional(),
});

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "应为 MM-DD，如 08-31");

/** One field of a local register-number pattern such as 大同's 14 digits. */
export const numberFieldSchema = z.object({
  kind: z.enum(["entryYear", "county", "ownership", "school", "stage", "class", "serial", "literal"]),
  length: z.number().int().min(1).max(20),
  /** For "literal", or a fixed school-level value (county, ownership, school) set in the profile. */
  value: z.string().optional(),
  /** For "stage": digit per stage, e.g. { senior: "1", junior: "2", primary: "3" }. */
  map: z.record(z.string(), z.string()).optional(),
});

export const numberingSchema = z.discriminatedUnion("scheme", [
  z.object({
    scheme: z.literal("national"),
  }),
  z.object({
    scheme: z.literal("pattern"),
    name: z.string(),
    /** Which column receives the number: the national template's 学籍辅号 by default. */
    target: z.enum(["auxNumber", "registerNumber"]).default("auxNumber"),
    fields: z.array(numberFieldSchema).min(1),
    source: citation.optional(),
  }),
]);

/**
 * 学籍照片 (`xueji photos`). The national requirements (《全国中小学生学籍信息管理系统照片采集要求》) are a JPG
 * under 60 KB, 26 mm × 32 mm at 150 dpi or more — at least 154 × 189 pixels, width:height 26:32. Provinces
 * and counties ask for their own pixel sizes (260 × 320, 358 × 441 …): configurable, like every number here.
 */
export const photoSchema = z.object({
  /** a photo must be smaller than this ("小于60K": 60 × 1024 bytes) */
  maxBytes: z.number().int().positive(),
  minWidth: z.number().int().positive(),
  minHeight: z.number().int().positive(),
  /** width:height of the printed photo; a photo off by more than `tolerance` (0.05 = 5 %) is reported */
  aspect: z.object({ width: z.number().positive(), height: z.number().positive(), tolerance: z.number().min(0).max(1) }).optional(),
});

export const profileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "只能用小写字母、数字和连字符"),
  name: z.string().min(1),
  /** Province / county the rules come from, empty for the national default. */
  region: z.string().optional(),
  sources: z.array(citation).min(1),
  /** "6-3": primary 1–6, junior 7–9; "5-4": primary 1–5, junior 6–9. */
  schoolSystem: z.enum(["6-3", "5-4"]),
  classCaps: z.object({
    primary: z.number().int().positive(),
    junior: z.number().int().positive(),
    senior: z.number().int().positive().optional(),
    /** small-class teaching (小班化) cap, applied to classes the user marks as small classes */
    smallClass: z.number().int().positive().optional(),
    /** a stricter cap for entry grades (grade 1 and 7), e.g. 55 */
    entryGrade: z.number().int().positive().optional(),
  }),
  /**
   * Entry-grade classes should be balanced (003 (三) 3): a warning when the largest and smallest class of
   * an entry grade differ by more than `maxDifference` students. Absent = no balance check.
   */
  classBalance: z.object({ maxDifference: z.number().int().positive() }).optional(),
  /**
   * The stage of the school's classes when a file says neither 年级 nor an 入学年月 that proves it (the
   * 2013 national layout has only 班级): a primary school sets "primary". Absent = unknown, bands only.
   */
  defaultStage: z.enum(["primary", "junior", "senior"]).optional(),
  /** National usage: 56–65 大班额, 66 or more 超大班额. */
  bands: z.object({
    large: z.number().int().positive(),
    superLarge: z.number().int().positive(),
  }),
  entryAge: z.object({
    /** the child must be `minAge` full years old on this day of the entry year */
    cutoff: monthDay,
    minAge: z.number().int().min(3).max(10),
    /** older than this on the cut-off day is a warning (late entry) */
    maxAge: z.number().int().min(3).max(12),
  }),
  deadlines: z
    .object({
      grade1Registration: monthDay.optional(),
      grade7Registration: monthDay.optional(),
      graduation: monthDay.optional(),
      promotion: monthDay.optional(),
    })
    .default({}),
  graduation: z.object({
    /** whether 结业 / 肄业 may be recorded below senior high (national: only 毕业) */
    incompleteAllowedBelowSenior: z.boolean(),
  }),
  /**
   * The collection standard asks for two family members or guardians (姓名, 关系, 联系电话, 是否监护人):
   * 成员1 left entirely empty is a warning nationally; a county whose importer refuses it makes it an error.
   */
  familyMembers: z.object({ firstMissing: z.enum(["warning", "error"]) }).default({ firstMissing: "warning" }),
  numbering: numberingSchema,
  /** Extra accepted values per code list, e.g. { householdType: ["居民户口"] }. */
  codeListAdditions: z.record(z.string(), z.array(z.string())).default({}),
  citations: z.record(z.string(), citation).default({}),
  /** configurable: the photo check's limits; a profile without them uses the national ones */
  photo: photoSchema.default(NATIONAL_PHOTO),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type PhotoSettings = z.infer<typeof photoSchema>;
export type NumberField = z.infer<typeof numberFieldSchema>;
export type Numbering = z.infer<typeof numberingSchema>;
