import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { checkPhotos, imageInfo, markShrunk, photoProblemText, readRoster, SEVERITY_WORDS, shrinkable, type PhotoCheck, type PhotoEntry, type RosterStudent } from "../core/photos";
import type { PhotoSettings } from "../core/profiles/schema";
import { MAX_PHOTO_UNPACKED_BYTES, readPhotoZip } from "../io/photos/read-photo-zip";
import { writePhotoReport } from "../io/photos/photo-report";
import { ReadError } from "../io/read-error";
import { MAX_FILE_BYTES, readWorkbook } from "../io/read-workbook";
import { displayPath } from "./check-command";
import { EXIT_ERRORS, EXIT_OK, fail, startCommand, type CommandSpec } from "./command-start";
import type { CliIo } from "./io";
import { safeFileStem } from "../io/safe-file-stem";
import { PHOTOS_USAGE } from "./usage";

const PHOTOS: CommandSpec = {
  values: ["roster", "fix-into", "out", "profile", "today"],
  flags: ["help", "shrink"],
  helpHint: "xueji photos --help",
  usage: PHOTOS_USAGE,
  positionals: (given) =>
    given.length === 1 ? null : "请给出一个照片文件夹或 .zip 压缩包（Give one folder or zip）。例如：xueji photos 一年级照片.zip --roster 新生.xlsx",
};
/** problems printed on the terminal; the report workbook has them all */
const SHOWN = 15;
const MB = 1024 * 1024;

type Step<T> = { ok: true; value: T } | { ok: false; message: string };

/** `xueji photos DIR_OR_ZIP [--roster FILE] [--fix-into DIR] [--out DIR] [--profile] [--today]` */
export async function runPhotos(argv: string[], rawIo: CliIo): Promise<number> {
  const start = startCommand(argv, PHOTOS, rawIo);
  if (typeof start === "number") return start;
  const { positionals, values, flags, io, profile } = start;
  const input = resolve(io.cwd, positionals[0]);
  const fixInto = values["fix-into"] ? resolve(io.cwd, values["fix-into"]) : null;
  if (flags.has("shrink") && !fixInto) return fail(io, "--shrink 只压缩放入副本的照片，原文件不动：请同时给出 --fix-into 新目录。");

  const photos = readInput(input);
  if (!photos.ok) return fail(io, `${positionals[0]}：${photos.message}`);
  let roster: RosterStudent[] | undefined;
  if (values.roster) {
    const r = readRosterFile(resolve(io.cwd, values.roster), basename(values.roster));
    if (!r.ok) return fail(io, r.message);
    roster = r.value;
  }
  if (fixInto) {
    const bad = checkFixInto(fixInto, input);
    if (bad) return fail(io, bad);
  }

  const check = checkPhotos(photos.value, { settings: profile.photo, roster, today: values.today });
  const shrunk = flags.has("shrink") ? await shrinkOversized(check, photos.value, profile.photo) : new Map<string, Uint8Array>();
  if (fixInto) writeCopy(check, photos.value, fixInto, shrunk);
  const outDir = resolve(io.cwd, values.out ?? "out");
  mkdirSync(outDir, { recursive: true });
  const reportPath = join(outDir, `${safeFileStem(basename(input, extname(input)))}.照片检查.xlsx`);
  const shown = (p: string) => displayPath(p, io.cwd);
  writeFileSync(
    reportPath,
    writePhotoReport(check, {
      source: positionals[0],
      rosterFile: values.roster,
      profileName: profile.name,
      settings: profile.photo,
      copiedTo: fixInto ? shown(fixInto) : undefined,
    }),
  );
  io.stdout(summary(check, positionals[0]));
  if (fixInto) {
    const squeezed = shrunk.size ? `，其中 ${shrunk.size} 张超过大小的已重新压缩` : "";
    io.stdout(`已把 ${check.counts.copied} 张照片以规范文件名复制到 ${shown(fixInto)}${squeezed}（原文件未改动；有错误的照片未复制，见报告）\n`);
  }
  io.stdout(`已写出 ${shown(reportPath)}（照片检查报告）\n`);
  return check.counts.errors > 0 || check.counts.missing > 0 ? EXIT_ERRORS : EXIT_OK;
}

function readInput(path: string): Step<PhotoEntry[]> {
  let st;
  try {
    st = statSync(path);
  } catch {
    return { ok: false, message: "找不到这个文件夹或文件（Not found）。请检查路径。" };
  }
  if (st.isDirectory()) return readFolder(path);
  const bytes = readFileSync(path);
  const looksZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!looksZip && extname(path).toLowerCase() !== ".zip") {
    return { ok: false, message: "这不是文件夹，也不是 .zip 压缩包。请给出存放照片的文件夹，或上传用的 .zip 压缩包。" };
  }
  try {
    return { ok: true, value: readPhotoZip(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), basename(path)) };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Every file under the folder (sub-folders by grade and class are the documented way), paths with "/". */
function readFolder(root: string): Step<PhotoEntry[]> {
  const out: PhotoEntry[] = [];
  let total = 0;
  const walk = (dir: string): string | null => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, d.name);
      // a link could lead out of the folder or round in a loop
      if (d.isSymbolicLink()) continue;
      if (d.isDirectory()) {
        const bad = walk(full);
        if (bad) return bad;
      } else if (d.isFile()) {
        total += lstatSync(full).size;
        if (total > MAX_PHOTO_UNPACKED_BYTES) return `文件夹中的文件合计超过 ${MAX_PHOTO_UNPACKED_BYTES / MB} MB。请按年级或班级分别检查。`;
        const bytes = readFileSync(full);
        out.push({ path: relative(root, full).split(sep).join("/"), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
      }
    }
    return null;
  };
  const bad = walk(root);
  return bad ? { ok: false, message: bad } : { ok: true, value: out };
}

function readRosterFile(path: string, shown: string): Step<RosterStudent[]> {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return { ok: false, message: `名单「${shown}」过大（上限 ${MAX_FILE_BYTES / MB} MB）。` };
    const r = readRoster(readWorkbook(new Uint8Array(readFileSync(path)), shown), shown);
    return r.ok ? { ok: true, value: r.students } : r;
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, message: `名单：${e.message}` };
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { ok: false, message: `找不到名单文件「${shown}」。请检查路径。` };
    throw e;
  }
}

/** The copy goes to a new or empty folder outside the photos, so no original is overwritten or mixed in. */
function checkFixInto(dir: string, input: string): string | null {
  const inside = (a: string, b: string) => a === b || a.startsWith(b + sep);
  if (inside(dir, input) || inside(input, dir)) return "--fix-into 的目录不能是照片所在的文件夹（或其上下级）：改名后的副本必须另放，原文件不动。请指定一个新的空目录。";
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    return `--fix-into 的目录「${dir}」已存在且不是空目录。为免覆盖其中的文件，请指定一个新的空目录。`;
  }
  return null;
}

/** --shrink: the photos whose only error is their size, re-encoded to fit; by path */
async function shrinkOversized(check: PhotoCheck, entries: readonly PhotoEntry[], settings: PhotoSettings): Promise<Map<string, Uint8Array>> {
  // only this option needs jpeg-js
  const { shrinkJpeg } = await import("../io/photos/shrink-jpeg");
  const bytes = new Map(entries.map((e) => [e.path, e.bytes]));
  const out = new Map<string, Uint8Array>();
  for (const p of check.photos) {
    if (!shrinkable(p)) continue;
    const small = shrinkJpeg(bytes.get(p.path)!, settings);
    const info = small && imageInfo(small);
    if (!small || !info?.ok) continue;
    out.set(p.path, small);
    markShrunk(check, p, { size: small.length, width: info.width, height: info.height });
  }
  return out;
}

function writeCopy(check: PhotoCheck, entries: readonly PhotoEntry[], dir: string, replaced: ReadonlyMap<string, Uint8Array>): void {
  const bytes = new Map(entries.map((e) => [e.path, replaced.get(e.path) ?? e.bytes]));
  mkdirSync(dir, { recursive: true });
  for (const p of check.photos) {
    if (p.copyAs === null) continue;
    const target = resolve(dir, p.copyAs);
    // the zip reader already drops "..": this keeps a bug there from writing outside the folder
    if (!target.startsWith(dir + sep)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes.get(p.path)!, { flag: "wx" });
  }
}

function summary(check: PhotoCheck, source: string): string {
  const c = check.counts;
  const lines = [
    `${source}：照片 ${c.photos} 张，合格 ${c.ok}，有错误 ${c.errors}，有提醒 ${c.warnings}，可自动改名 ${c.fixable}` +
      (check.roster ? `；名单 ${check.roster.students} 人，缺少照片 ${c.missing} 人` : "；未提供名单（--roster），不检查缺少的照片") +
      (check.others.length ? `；不属于上传的文件 ${check.others.length} 个` : ""),
  ];
  const rank = { error: 0, warning: 1, fix: 2 };
  const problems = check.photos.flatMap((p) => p.problems.map((x) => ({ p, x }))).sort((a, b) => rank[a.x.severity] - rank[b.x.severity]);
  if (problems.length) lines.push(`前 ${Math.min(SHOWN, problems.length)} 个问题：`);
  for (const { p, x } of problems.slice(0, SHOWN)) {
    const t = photoProblemText(x);
    lines.push(`  ${p.path}  [${SEVERITY_WORDS[x.severity]}] ${t.text}。${t.todo}`);
  }
  if (problems.length > SHOWN) lines.push(`  …… 另有 ${problems.length - SHOWN} 个，见报告`);
  for (const m of check.missing.slice(0, SHOWN)) lines.push(`  缺少照片：${m.name} ${m.id}（名单「${m.sheet}」第 ${m.row} 行）`);
  if (check.missing.length > SHOWN) lines.push(`  …… 另有 ${check.missing.length - SHOWN} 人缺少照片，见报告`);
  return lines.join("\n") + "\n";
}
