import { bandOf } from "../classes/class-sizes";
import type { Profile } from "../profiles/schema";
import type { AuditClass, AuditFile } from "./types";

/**
 * Class sizes per school, grade and class, from the engine's per-sheet ClassSize lists. A class found in
 * one sheet keeps the engine's verdict as it is; a class split over several files or sheets (one file per
 * teacher, say) is summed and judged again by the same cap and the same bands.
 */
export function auditClasses(files: readonly AuditFile[], profile: Profile): AuditClass[] {
  const byKey = new Map<string, AuditClass>();
  for (const file of files) {
    for (const sheet of file.sheets) {
      for (const c of sheet.classes) {
        // a file holding several schools' rows (a town's merged list) keeps their classes apart
        const school = c.school || file.school;
        const key = `${school}\u0000${c.grade}\u0000${c.className}`;
        const part = { file: file.path, sheet: sheet.sheet, count: c.count };
        const seen = byKey.get(key);
        if (!seen) {
          byKey.set(key, {
            school,
            grade: c.grade,
            className: c.className,
            stage: c.stage,
            count: c.count,
            cap: c.cap,
            band: c.band,
            status: c.status,
            parts: [part],
          });
          continue;
        }
        seen.parts.push(part);
        seen.count += c.count;
        seen.stage ??= c.stage;
        seen.cap ??= c.cap;
        seen.band = bandOf(seen.count, profile);
        seen.status = seen.cap !== null && seen.count > seen.cap ? "over-cap" : "ok";
      }
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.school.localeCompare(b.school, "zh") || b.count - a.count || a.grade.localeCompare(b.grade, "zh"),
  );
}
