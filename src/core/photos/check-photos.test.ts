import { getProfile } from "../profiles";
import { checkPhotos, markShrunk, shrinkable } from "./check-photos";
import { photoProblemText } from "./messages";
import { readRoster } from "./roster";
import { photoEntries, planted, rosterRows } from "./test-photo-set";
import type { CheckedPhoto, PhotoCheck } from "./types";

const settings = getProfile("national")!.photo;
const roster = (() => {
  const r = readRoster([{ sheet: "名单", rows: rosterRows() }], "名单.xlsx");
  if (!r.ok) throw new Error(r.message);
  return r.students;
})();

function byId(check: PhotoCheck, id: string): CheckedPhoto[] {
  return check.photos.filter((p) => p.path.includes(id.slice(0, 17)));
}
const codes = (p: CheckedPhoto) => p.problems.map((x) => x.code);

describe("checkPhotos on a folder with every planted problem", () => {
  const check = checkPhotos(photoEntries, { settings, roster, today: "20260901" });
  const one = (id: string) => {
    const found = byId(check, id);
    expect(found).toHaveLength(1);
    return found[0];
  };

  it("accounts for every file once: photos, and files that do not belong in the upload", () => {
    expect(check.photos.length + check.others.length).toBe(photoEntries.length);
    expect(check.others.map((o) => [o.path, o.system])).toEqual([
      ["一年级1班/Thumbs.db", true],
      [expect.stringMatching(/^__MACOSX\//), true],
      ["一年级1班/名单.xlsx", false],
    ]);
  });

  it("passes the good photos and copies them under their own names", () => {
    for (const id of planted.ok) expect(one(id)).toMatchObject({ problems: [], copyAs: `一年级1班/${id}.jpg`, student: { id } });
  });

  it("gives the fixed name for a lower-case x, .JPG and spaces, and copies under it", () => {
    const { lowerX, upperExt, spaced } = planted.fixable;
    expect(one(lowerX).problems).toEqual([{ code: "photo/name-fixable", severity: "fix", params: { fixedName: `${lowerX}.jpg`, fixes: "lower-x" } }]);
    expect(one(lowerX).copyAs).toBe(`一年级1班/${lowerX}.jpg`);
    expect(one(upperExt).problems[0].params).toEqual({ fixedName: `${upperExt}.jpg`, fixes: "extension" });
    expect(one(spaced).problems[0].params).toEqual({ fixedName: `${spaced}.jpg`, fixes: "spaces,extension" });
  });

  it("finds what is no JPEG by content, whatever the name says, and never copies it", () => {
    expect(one(planted.notJpeg.png).problems).toEqual([{ code: "photo/not-jpeg", severity: "error", params: { actual: "png" } }]);
    expect(one(planted.notJpeg.text).problems).toEqual([{ code: "photo/not-jpeg", severity: "error", params: { actual: "unknown" } }]);
    expect(one(planted.notJpeg.png).copyAs).toBeNull();
    expect(one(planted.truncated).problems.map((x) => x.code)).toEqual(["photo/truncated"]);
  });

  it("flags a photo of 60 KB or more with its size", () => {
    const big = one(planted.tooLarge);
    expect(big.size).toBeGreaterThanOrEqual(61440);
    expect(big.problems).toEqual([{ code: "photo/too-large", severity: "error", params: { size: big.size, maxBytes: 61440 } }]);
    expect(photoProblemText(big.problems[0]).text).toMatch(/^文件大小 \d+(\.\d)? KB，要求小于 60 KB$/);
    expect(big.copyAs).toBeNull();
  });

  it("reports pixel size, orientation, proportions and colour as warnings that do not stop the copy", () => {
    expect(one(planted.tooSmall).problems).toEqual([
      { code: "photo/too-small", severity: "warning", params: { width: 100, height: 123, minWidth: 154, minHeight: 189 } },
    ]);
    expect(codes(one(planted.landscape))).toEqual(["photo/landscape"]);
    expect(one(planted.rotated).problems).toEqual([
      { code: "photo/exif-rotated", severity: "warning", params: { orientation: 6, width: 320, height: 260 } },
    ]);
    expect(codes(one(planted.aspect))).toEqual(["photo/aspect"]);
    expect(codes(one(planted.gray))).toEqual(["photo/not-colour"]);
    expect(one(planted.aspect).copyAs).not.toBeNull();
  });

  it("finds the same image under two names, and two files for one student", () => {
    const [m, n] = planted.sameImage;
    expect(check.sameImage).toEqual([[`一年级1班/${m}.jpg`, `一年级1班/${n}.jpg`]]);
    expect(one(m).problems).toEqual([{ code: "photo/same-image", severity: "error", params: { others: `一年级1班/${n}.jpg` } }]);
    const twice = byId(check, planted.sameStudent);
    expect(twice.map((p) => p.problems)).toEqual([
      [{ code: "photo/same-student", severity: "error", params: { others: `一年级2班/${planted.sameStudent}.jpg` } }],
      [{ code: "photo/same-student", severity: "error", params: { others: `一年级1班/${planted.sameStudent}.jpg` } }],
    ]);
    expect(twice.every((p) => p.copyAs === null)).toBe(true);
  });

  it("against the roster: a photo for no one, a name that is no ID, a name that is a student's name, a no-ID student", () => {
    expect(one(planted.notOnRoster).problems).toEqual([{ code: "photo/not-on-roster", severity: "error", params: { id: planted.notOnRoster } }]);
    expect(one(planted.invalidName.wrongCheck).problems).toEqual([
      { code: "photo/name-invalid", severity: "error", params: { why: "checksum", expected: planted.invalidName.student[17] } },
    ]);
    const named = check.photos.find((p) => p.fileName === "王小明.jpg")!;
    expect(named.problems[0].params).toEqual({ why: "not-a-number", suggestedName: `${planted.byName.id}.jpg` });
    expect(photoProblemText(named.problems[0]).todo).toBe(`名单中只有一名学生叫这个名字，若是本人照片，改名为 ${planted.byName.id}.jpg`);
    const noId = check.photos.find((p) => p.fileName === planted.noId.file)!;
    expect(noId).toMatchObject({ problems: [], student: { name: "李四", id: "" } });
  });

  it("lists the roster's students with no photo, and only those", () => {
    expect(check.missing.map((s) => [s.id, s.sheet, s.row])).toEqual([
      [planted.invalidName.student, "名单", 19],
      [planted.missing, "名单", 21],
    ]);
    expect(check.counts).toEqual({ photos: 22, ok: 3, errors: 11, warnings: 5, fixable: 3, missing: 2, copied: 11 });
  });

  it("without a roster, checks the files alone", () => {
    const alone = checkPhotos(photoEntries, { settings });
    expect(alone.missing).toEqual([]);
    expect(alone.roster).toBeNull();
    expect(alone.photos.some((p) => p.problems.some((x) => x.code === "photo/not-on-roster"))).toBe(false);
  });

  it("uses the profile's pixel size", () => {
    const strict = checkPhotos(photoEntries.slice(0, 1), { settings: { ...settings, minWidth: 358, minHeight: 441 } });
    expect(strict.photos[0].problems[0]).toMatchObject({ code: "photo/too-small", params: { minWidth: 358, minHeight: 441 } });
  });

  it("offers to re-encode only a photo whose one error is its size, and counts it copied once it is", () => {
    const again = checkPhotos(photoEntries, { settings, roster, today: "20260901" });
    const shrinkables = again.photos.filter(shrinkable).map((p) => p.path);
    expect(shrinkables).toEqual([`一年级1班/${planted.tooLarge}.jpg`]);
    const big = again.photos.find((p) => p.path === shrinkables[0])!;
    markShrunk(again, big, { size: 50000, width: 160, height: 200 });
    expect(big.copyAs).toBe(`一年级1班/${planted.tooLarge}.jpg`);
    expect(again.counts.copied).toBe(check.counts.copied + 1);
    const kb = Math.round((big.size / 1024) * 10) / 10;
    expect(photoProblemText(big.problems.at(-1)!).text).toBe(`原文件 ${kb} KB，已重新压缩为 48.8 KB（160×200 像素）放入改名后的副本，原文件未改动`);
  });
});
