import type { PhotoSettings } from "../profiles/schema";
import { imageInfo, type ImageInfo } from "./jpeg-info";
import { readPhotoName, splitName, type PhotoName } from "./photo-name";
import { sameBytesGroups } from "./same-bytes";
import type { CheckedPhoto, OtherFile, PhotoCheck, PhotoEntry, PhotoProblem, RosterStudent } from "./types";

export interface PhotoCheckOptions {
  settings: PhotoSettings;
  /** the students the photos are for; without it, missing photos and photos for no one are not looked for */
  roster?: readonly RosterStudent[];
  /** "today" as YYYYMMDD for the ID numbers' birth dates */
  today?: string;
}

/** names a picture may have: a photo saved as PNG or HEIC is still meant as a photo, and told to be converted */
const IMAGE_EXTENSIONS = new Set(["jpg", "jpeg", "jpe", "jfif", "png", "bmp", "gif", "webp", "heic", "heif", "tif", "tiff"]);
/** what Windows and macOS leave in folders and zips */
const SYSTEM_FILE = /^(\._.*|\.ds_store|thumbs\.db|desktop\.ini)$/i;

function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash + 1);
}

/**
 * Check the photos of one upload against the 学籍照片 requirements and, with a roster, against the
 * students: every file is accounted for, as a photo (with its problems) or as a file that does not belong.
 */
export function checkPhotos(entries: readonly PhotoEntry[], opts: PhotoCheckOptions): PhotoCheck {
  const photos: CheckedPhoto[] = [];
  const photoBytes: Uint8Array[] = [];
  const others: OtherFile[] = [];
  for (const e of entries) {
    const fileName = fileNameOf(e.path);
    const system = SYSTEM_FILE.test(fileName) || e.path.startsWith("__MACOSX/") || e.path.includes("/__MACOSX/");
    const image = system ? null : imageInfo(e.bytes);
    const named = IMAGE_EXTENSIONS.has(splitName(fileName).ext.toLowerCase());
    if (!image || (!named && !image.ok)) {
      others.push({ path: e.path, size: e.bytes.length, system });
      continue;
    }
    const name = readPhotoName(fileName, { today: opts.today });
    photos.push({ path: e.path, fileName, size: e.bytes.length, name, image, problems: fileProblems(e.bytes.length, name, image, opts.settings), copyAs: null });
    photoBytes.push(e.bytes);
  }

  const sameImage = sameBytesGroups(photoBytes).map((g) => g.map((i) => photos[i]));
  for (const group of sameImage) for (const p of group) p.problems.push(withOthers("photo/same-image", p, group));
  for (const group of sameStudentGroups(photos)) for (const p of group) p.problems.push(withOthers("photo/same-student", p, group));

  const missing = opts.roster ? matchRoster(photos, opts.roster) : [];
  for (const p of photos) {
    const blocked = p.problems.some((x) => x.severity === "error");
    p.copyAs = blocked ? null : copyName(p);
  }
  return {
    photos,
    others,
    missing,
    sameImage: sameImage.map((g) => g.map((p) => p.path)),
    roster: opts.roster ? { students: opts.roster.length } : null,
    counts: countsOf(photos, missing),
  };
}

/** Whether re-encoding alone would make the photo uploadable: its one error is its size, and no EXIF turn (re-encoding drops EXIF). */
export function shrinkable(p: CheckedPhoto): boolean {
  const errors = p.problems.filter((x) => x.severity === "error");
  return errors.length === 1 && errors[0].code === "photo/too-large" && p.image.ok && p.image.orientation === 1;
}

/** The photo goes into the corrected copy re-encoded (the user asked for it): noted on the photo, counted as copied. */
export function markShrunk(check: PhotoCheck, p: CheckedPhoto, shrunk: { size: number; width: number; height: number }): void {
  p.problems.push(problem("photo/shrunk", "fix", { size: p.size, newSize: shrunk.size, width: shrunk.width, height: shrunk.height }));
  p.copyAs = copyName(p);
  check.counts = countsOf(check.photos, check.missing);
}

/** where the photo goes in the corrected copy: its folder, its correct name */
function copyName(p: CheckedPhoto): string {
  return folderOf(p.path) + ((p.name.kind === "invalid" ? null : p.name.fixedName) ?? p.fileName);
}

function problem(code: PhotoProblem["code"], severity: PhotoProblem["severity"], params: PhotoProblem["params"] = {}): PhotoProblem {
  return { code, severity, params };
}

/** What the file alone shows: its content, size, pixels and name. */
function fileProblems(size: number, name: PhotoName, image: ImageInfo, settings: PhotoSettings): PhotoProblem[] {
  const out: PhotoProblem[] = [];
  if (!image.ok) {
    out.push(image.actual === "corrupt" ? problem("photo/corrupt", "error") : problem("photo/not-jpeg", "error", { actual: image.actual }));
  } else {
    if (image.truncated) out.push(problem("photo/truncated", "error"));
    const { shownWidth: w, shownHeight: h } = image;
    if (w < settings.minWidth || h < settings.minHeight) {
      out.push(problem("photo/too-small", "warning", { width: w, height: h, minWidth: settings.minWidth, minHeight: settings.minHeight }));
    }
    if (w >= h) out.push(problem("photo/landscape", "warning", { width: w, height: h }));
    else if (settings.aspect && Math.abs(w / h / (settings.aspect.width / settings.aspect.height) - 1) > settings.aspect.tolerance) {
      out.push(problem("photo/aspect", "warning", { width: w, height: h, aspectWidth: settings.aspect.width, aspectHeight: settings.aspect.height }));
    }
    if (image.orientation !== 1) out.push(problem("photo/exif-rotated", "warning", { orientation: image.orientation, width: image.width, height: image.height }));
    if (image.components === 1) out.push(problem("photo/not-colour", "warning"));
  }
  if (size >= settings.maxBytes) out.push(problem("photo/too-large", "error", { size, maxBytes: settings.maxBytes }));
  if (name.kind === "invalid") {
    out.push(problem("photo/name-invalid", "error", { why: name.why, ...(name.expected ? { expected: name.expected } : {}) }));
  } else if (name.fixedName && image.ok) {
    // renaming a PNG to .jpg would hide that it is no JPEG: only a real JPEG's name is fixed
    out.push(problem("photo/name-fixable", "fix", { fixedName: name.fixedName, fixes: name.fixes.join(",") }));
  }
  return out;
}

function withOthers(code: "photo/same-image" | "photo/same-student", p: CheckedPhoto, group: readonly CheckedPhoto[]): PhotoProblem {
  return problem(code, "error", { others: group.filter((q) => q !== p).map((q) => q.path).join("、") });
}

/** who a photo is for: the ID, or school + class + name for a student without one */
function studentKey(n: PhotoName): string | null {
  if (n.kind === "id") return n.id;
  if (n.kind === "no-id") return `${n.schoolCode}_${n.classCode}_${n.name}`;
  return null;
}

/** Two files for one student (two class folders, or 110…x.jpg beside 110…X.jpg): the system keeps one, which is a guess. */
function sameStudentGroups(photos: readonly CheckedPhoto[]): CheckedPhoto[][] {
  const by = new Map<string, CheckedPhoto[]>();
  for (const p of photos) {
    const key = studentKey(p.name);
    if (key !== null) by.set(key, [...(by.get(key) ?? []), p]);
  }
  return [...by.values()].filter((g) => g.length > 1);
}

/** Ties photos to roster students (by ID; a student without one by name); returns the students with none. */
function matchRoster(photos: CheckedPhoto[], roster: readonly RosterStudent[]): RosterStudent[] {
  const byId = new Map<string, RosterStudent>();
  const noIdByName = new Map<string, RosterStudent[]>();
  for (const s of roster) {
    if (s.id) {
      if (!byId.has(s.id)) byId.set(s.id, s);
    } else noIdByName.set(s.name, [...(noIdByName.get(s.name) ?? []), s]);
  }
  const byName = new Map<string, RosterStudent[]>();
  for (const s of roster) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const covered = new Set<RosterStudent>();
  for (const p of photos) {
    if (p.name.kind === "invalid") {
      // a photo named by the student's name: when the name is one student's only, say whose ID it wants
      const same = byName.get(p.name.base.trim());
      const bad = p.problems.find((x) => x.code === "photo/name-invalid");
      if (same?.length === 1 && same[0].id && bad) {
        p.student = same[0];
        covered.add(same[0]);
        bad.params.suggestedName = `${same[0].id}.jpg`;
      }
      continue;
    }
    const student = p.name.kind === "id" ? byId.get(p.name.id) : noIdByName.get(p.name.name)?.[0];
    if (student) {
      p.student = student;
      covered.add(student);
    } else {
      p.problems.push(problem("photo/not-on-roster", "error", p.name.kind === "id" ? { id: p.name.id } : { name: p.name.name }));
    }
  }
  return roster.filter((s) => !covered.has(s) && !(s.id && covered.has(byId.get(s.id)!)));
}

function countsOf(photos: readonly CheckedPhoto[], missing: readonly RosterStudent[]): PhotoCheck["counts"] {
  const has = (p: CheckedPhoto, sev: PhotoProblem["severity"]) => p.problems.some((x) => x.severity === sev);
  return {
    photos: photos.length,
    ok: photos.filter((p) => p.problems.length === 0).length,
    errors: photos.filter((p) => has(p, "error")).length,
    warnings: photos.filter((p) => has(p, "warning")).length,
    fixable: photos.filter((p) => has(p, "fix")).length,
    missing: missing.length,
    copied: photos.filter((p) => p.copyAs !== null).length,
  };
}
