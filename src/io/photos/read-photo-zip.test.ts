import { photoEntries } from "../../core/photos/test-photo-set";
import { ReadError } from "../read-error";
import { writeZip } from "../zip/write-zip";
import { readPhotoZip } from "./read-photo-zip";
import { declaresHuge, gbkNamedZip, markEncrypted } from "./test-zip";

function refusal(f: () => unknown): { kind: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof ReadError) return { kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error("expected a ReadError");
}

const zipOf = (entries: { path: string; bytes: Uint8Array }[], level = 6) => writeZip(entries.map((e) => ({ name: e.path, data: e.bytes })), { level });

describe("readPhotoZip", () => {
  it("returns every file of the zip with its path and bytes, folders left out", () => {
    const zip = writeZip([{ name: "一年级1班/", data: new Uint8Array() }, ...photoEntries.map((e) => ({ name: e.path, data: e.bytes }))]);
    const read = readPhotoZip(zip, "照片.zip");
    expect(read.map((e) => e.path)).toEqual(photoEntries.map((e) => e.path));
    read.forEach((e, i) => expect(Buffer.from(e.bytes).equals(Buffer.from(photoEntries[i].bytes))).toBe(true));
  });

  it("decodes the GBK folder names Windows' own zipper writes", () => {
    const zip = gbkNamedZip([{ name: "一年级1班/张三.jpg", data: new Uint8Array([1]) }]);
    expect(readPhotoZip(zip, "照片.zip").map((e) => e.path)).toEqual(["一年级1班/张三.jpg"]);
  });

  it("keeps no '..' or root in a path (a corrected copy is written under these paths)", () => {
    const zip = zipOf([{ path: "../../evil/../x.jpg", bytes: new Uint8Array([1]) }, { path: "/abs/y.jpg", bytes: new Uint8Array([2]) }]);
    expect(readPhotoZip(zip, "照片.zip").map((e) => e.path)).toEqual(["evil/x.jpg", "abs/y.jpg"]);
  });

  it("refuses a zip bomb that declares an absurd size, before inflating anything", () => {
    const r = refusal(() => readPhotoZip(declaresHuge(zipOf(photoEntries.slice(0, 2))), "炸弹.zip"));
    expect(r.kind).toBe("too-large");
    expect(r.message).toBe(
      "压缩包「炸弹.zip」解压后超过 600 MB，已停止读取：它可能是“压缩炸弹”（很小的文件解压出巨量数据），也可能照片过多。请确认压缩包来源可靠；请按年级或班级分别打包后再检查。",
    );
  });

  it("refuses a zip bomb whose entries really inflate past the budget", () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bomb = writeZip([1, 2, 3].map((i) => ({ name: `${i}.jpg`, data: zeros })), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const r = refusal(() => readPhotoZip(bomb, "炸弹.zip", { maxUnpackedBytes: 10 * 1024 * 1024 }));
    expect(r).toMatchObject({ kind: "too-large", message: expect.stringContaining("解压后超过 10 MB，已停止读取：它可能是“压缩炸弹”") });
  });

  it("refuses a corrupt or cut zip, an encrypted one, and a RAR named .zip, each saying what to do", () => {
    const zip = zipOf(photoEntries.slice(0, 3));
    expect(refusal(() => readPhotoZip(zip.subarray(0, zip.length - 30), "照片.zip"))).toEqual({
      kind: "corrupt",
      message: "压缩包「照片.zip」已损坏或不完整，无法读取。请重新打包或重新复制一份完整的压缩包后再检查。",
    });
    const garbled = zip.slice();
    garbled.fill(0x55, 200, 2000);
    expect(refusal(() => readPhotoZip(garbled, "照片.zip")).kind).toBe("corrupt");
    expect(refusal(() => readPhotoZip(markEncrypted(zip), "照片.zip")).message).toContain("设置了密码");
    const rar = new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00, 1, 2, 3]);
    expect(refusal(() => readPhotoZip(rar, "照片.zip"))).toMatchObject({ kind: "unsupported", message: expect.stringContaining("是 RAR 压缩包，不是 ZIP") });
  });
});
