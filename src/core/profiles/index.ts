import { datong } from "./datong";
import { district2022 } from "./district-2022";
import { funan } from "./funan";
import { haishu } from "./haishu";
import { national } from "./national";
import { nongan } from "./nongan";
import { expectation, ProfileError, problemLine } from "./profile-error";
import type { Profile } from "./schema";
import { unknownKeyPaths } from "./unknown-keys";

export { ProfileError } from "./profile-error";

/**
 * The profiles that ship with the add-in: complete Profiles as written, so nothing is parsed at load
 * (index.test.ts checks that parseProfile returns each of them unchanged).
 */
export const shippedProfiles: Profile[] = [national, nongan, haishu, funan, datong, district2022];

/**
 * The zod schema, loaded on the first parseProfile call rather than with this module: only a user's own
 * profile file needs it, and zod costs `xueji check` about 8 MB of resident memory at start otherwise
 * (requiring lib/core: +24 MB with it, +16 MB without). A plain synchronous require, which both the
 * CommonJS build (lib/) and webpack resolve.
 */
function loadProfileSchema(): ProfileSchema {
  return (require("./schema") as typeof import("./schema")).profileSchema;
}

type ProfileSchema = typeof import("./schema").profileSchema;

function unknownKeyHint(path: string, schema: ProfileSchema): string {
  return path.includes(".") ? "不认识的字段，请检查拼写" : `不认识的字段（可用字段：${Object.keys(schema.shape).join("、")}）`;
}

/**
 * Validate a profile (a shipped one or a user's JSON). A user profile may say `"extends": "national"`
 * (or any shipped id) and give only the fields it changes: objects are merged key by key, arrays,
 * plain values and a numbering scheme replace the base's. Throws ProfileError with one Chinese line per bad field.
 */
export function parseProfile(input: unknown, sourceName?: string): Profile {
  if (!isPlainObject(input)) {
    throw new ProfileError([problemLine(sourceName, "", "应为 JSON 对象 { … }", input)]);
  }
  const merged = resolveExtends(input, sourceName);
  const profileSchema = loadProfileSchema();
  const problems = unknownKeyPaths(profileSchema, merged).map((path) =>
    problemLine(sourceName, path, unknownKeyHint(path, profileSchema), valueAt(merged, path.split("."))),
  );
  const parsed = profileSchema.safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      problems.push(problemLine(sourceName, path, expectation(issue), valueAt(merged, issue.path)));
    }
  }
  if (problems.length > 0) throw new ProfileError(problems);
  return parsed.data!;
}

function resolveExtends(input: Record<string, unknown>, sourceName: string | undefined): Record<string, unknown> {
  const { extends: baseId, ...own } = input;
  if (baseId === undefined) return own;
  const base = shippedProfiles.find((p) => p.id === baseId);
  if (!base) {
    const ids = shippedProfiles.map((p) => p.id).join("、");
    throw new ProfileError([problemLine(sourceName, "extends", `应为内置配置之一：${ids}`, baseId)]);
  }
  return deepMerge(base as unknown as Record<string, unknown>, own);
}

/** A numbering scheme is one unit: a user's scheme replaces the base's, never inherits its citation. */
const REPLACED_WHOLE = new Set(["numbering"]);

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    const merge = isPlainObject(prev) && isPlainObject(value) && !REPLACED_WHOLE.has(key);
    out[key] = merge ? deepMerge(prev, value) : value;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function getProfile(id: string): Profile | undefined {
  return shippedProfiles.find((p) => p.id === id);
}
