import type { RawCell } from "../model/table";
import { makeResidentId } from "../validators/test-ids";
import { grayJpegHeader, makeJpeg, PNG_BYTES, withExifOrientation } from "./test-photos";
import type { PhotoEntry } from "./types";

/**
 * One class's photo folder with every problem the check looks for planted once, and the roster it is
 * checked against. Shared by the engine's, the zip reader's, the command's and the page's tests.
 */
const id = (seq: number) => makeResidentId({ region: "110105", birthDate: "20180305", seq });
const ids = Array.from({ length: 21 }, (_, i) => id(100 + i * 2));
const [A, B, C0, D, E, F, G, H, I, J, K, L, M, N, O, P, R, S, T, U, Q] = ids;
// the lower-case x case needs an ID that ends in X
const C = (() => {
  for (let seq = 300; seq < 999; seq++) if (id(seq).endsWith("X")) return id(seq);
  return C0;
})();
const wrongCheck = R.slice(0, 17) + (R[17] === "1" ? "2" : "1");

const photo = (seed: number) => makeJpeg(260, 320, { seed });
const same = photo(90);
const full = photo(91);

export const planted = {
  ok: [A, B],
  fixable: { lowerX: C, upperExt: D, spaced: E },
  notJpeg: { png: F, text: G },
  tooLarge: H,
  tooSmall: I,
  landscape: J,
  rotated: K,
  aspect: L,
  sameImage: [M, N],
  sameStudent: O,
  truncated: P,
  notOnRoster: Q,
  invalidName: { wrongCheck, student: R },
  byName: { name: "王小明", id: S },
  noId: { name: "李四", file: "3141000001_2025011_李四.jpg" },
  gray: T,
  missing: U,
};

export const photoEntries: PhotoEntry[] = [
  { path: `一年级1班/${A}.jpg`, bytes: photo(1) },
  { path: `一年级1班/${B}.jpg`, bytes: photo(2) },
  { path: `一年级1班/${C.slice(0, 17)}x.jpg`, bytes: photo(3) },
  { path: `一年级1班/${D}.JPG`, bytes: photo(4) },
  { path: `一年级1班/ ${E} .jpeg`, bytes: photo(5) },
  { path: `一年级1班/${F}.jpg`, bytes: PNG_BYTES },
  { path: `一年级1班/${G}.jpg`, bytes: new TextEncoder().encode("这不是照片") },
  { path: `一年级1班/${H}.jpg`, bytes: makeJpeg(400, 500, { seed: 8, noise: true, quality: 95 }) },
  { path: `一年级1班/${I}.jpg`, bytes: makeJpeg(100, 123, { seed: 9 }) },
  { path: `一年级1班/${J}.jpg`, bytes: makeJpeg(400, 300, { seed: 10 }) },
  { path: `一年级1班/${K}.jpg`, bytes: withExifOrientation(makeJpeg(320, 260, { seed: 11 }), 6) },
  { path: `一年级1班/${L}.jpg`, bytes: makeJpeg(300, 320, { seed: 12 }) },
  { path: `一年级1班/${M}.jpg`, bytes: same },
  { path: `一年级1班/${N}.jpg`, bytes: same },
  { path: `一年级1班/${O}.jpg`, bytes: photo(14) },
  { path: `一年级2班/${O}.jpg`, bytes: photo(15) },
  { path: `一年级1班/${P}.jpg`, bytes: full.subarray(0, full.length - 3000) },
  { path: `一年级1班/${Q}.jpg`, bytes: photo(16) },
  { path: `一年级1班/${wrongCheck}.jpg`, bytes: photo(17) },
  { path: "一年级1班/王小明.jpg", bytes: photo(18) },
  { path: `一年级1班/${planted.noId.file}`, bytes: photo(19) },
  { path: `一年级1班/${T}.jpg`, bytes: grayJpegHeader(260, 320) },
  { path: "一年级1班/Thumbs.db", bytes: new Uint8Array([1, 2, 3]) },
  { path: `__MACOSX/一年级1班/._${A}.jpg`, bytes: new Uint8Array([0, 5, 22, 7]) },
  { path: "一年级1班/名单.xlsx", bytes: new TextEncoder().encode("PK") },
];

/** A bare roster (序号, 姓名, 身份证件号, 年级, 班级) under a title row, as a class teacher keeps one. */
export function rosterRows(): RawCell[][] {
  const people: [string, string][] = [
    ...[A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, R, T, U].map((x, i): [string, string] => [`学生${i + 1}`, x]),
    ["王小明", S],
    ["李四", ""],
  ];
  return [
    ["一年级1班学生名单"],
    ["序号", "姓名", "身份证件号", "年级", "班级"],
    ...people.map(([name, x], i) => [i + 1, name, x, "一年级", "1班"]),
  ];
}
