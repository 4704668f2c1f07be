import type { PhotoEntry } from "../../core/photos";
import { ReadError } from "../read-error";
import { MAX_INFLATED_BYTES } from "../xlsx/xlsx-limits";
import { inflateEntry } from "../zip/inflate";
import { openZip, ZipError, type ZipEntry } from "../zip/zip-archive";

/** A school's photo zip is tens of MB; past this it is no photo upload (or should be split by class). */
export const MAX_PHOTO_ZIP_BYTES = 500 * 1024 * 1024;
/** What a photo zip may unpack to, counted as really inflated: a zip bomb stops here */
export const MAX_PHOTO_UNPACKED_BYTES = MAX_INFLATED_BYTES;
/** entries a zip may hold: a county's students fit; a zip of a million tiny entries is refused before inflating */
export const MAX_PHOTO_ENTRIES = 200_000;

const MB = 1024 * 1024;

function splitHint(): string {
  return "请按年级或班级分别打包后再检查。";
}

/**
 * The files of a photo zip, each inflated under one budget for the whole archive (sizes and CRCs checked),
 * so a zip bomb is refused with a Chinese message instead of filling the memory. Folders are dropped (they
 * hold no bytes); every file is returned, photo or not, for the check to account for.
 */
export function readPhotoZip(bytes: Uint8Array, fileName: string, limits: { maxUnpackedBytes?: number } = {}): PhotoEntry[] {
  if (bytes.length > MAX_PHOTO_ZIP_BYTES) {
    throw new ReadError("too-large", `压缩包「${fileName}」过大（约 ${Math.ceil(bytes.length / MB)} MB，上限 ${MAX_PHOTO_ZIP_BYTES / MB} MB）。${splitHint()}`);
  }
  const other = otherArchive(bytes);
  if (other) {
    throw new ReadError("unsupported", `「${fileName}」是 ${other} 压缩包，不是 ZIP。学籍系统只收 ZIP：请解压后重新打包为 .zip（Windows：右键 → 发送到 → 压缩(zipped)文件夹），或直接选择照片文件夹检查。`);
  }
  const maxUnpacked = limits.maxUnpackedBytes ?? MAX_PHOTO_UNPACKED_BYTES;
  const budget = { remaining: maxUnpacked };
  try {
    const zip = openZip(bytes);
    if (zip.entries.length > MAX_PHOTO_ENTRIES) {
      throw new ReadError("too-large", `压缩包「${fileName}」中有 ${zip.entries.length} 个文件，超过 ${MAX_PHOTO_ENTRIES} 个的上限。${splitHint()}`);
    }
    const out: PhotoEntry[] = [];
    for (const entry of zip.entries) {
      if (entry.name.endsWith("/")) continue;
      out.push({ path: entryPath(entry) || entry.name, bytes: inflateEntry(entry, budget) });
    }
    return out;
  } catch (e) {
    if (e instanceof ZipError) throw zipReadError(e, fileName, maxUnpacked);
    throw e;
  }
}

function zipReadError(e: ZipError, fileName: string, maxUnpacked: number): ReadError {
  switch (e.reason) {
    case "too-large":
      return new ReadError(
        "too-large",
        `压缩包「${fileName}」解压后超过 ${Math.round(maxUnpacked / MB)} MB，已停止读取：它可能是“压缩炸弹”（很小的文件解压出巨量数据），也可能照片过多。请确认压缩包来源可靠；${splitHint()}`,
        e.message,
      );
    case "encrypted":
      return new ReadError("encrypted", `压缩包「${fileName}」设置了密码，无法读取。请解压后直接选择照片文件夹检查；上传学籍系统的压缩包也不能加密码。`, e.message);
    case "unsupported":
      return new ReadError("unsupported", `压缩包「${fileName}」使用了不支持的压缩方式。请用 Windows 自带的“压缩(zipped)文件夹”或 7-Zip 的 ZIP 格式重新打包。`, e.message);
    default:
      return new ReadError("corrupt", `压缩包「${fileName}」已损坏或不完整，无法读取。请重新打包或重新复制一份完整的压缩包后再检查。`, e.message);
  }
}

function otherArchive(b: Uint8Array): string | null {
  const ascii = String.fromCharCode(...b.subarray(0, 6));
  if (ascii.startsWith("Rar!")) return "RAR";
  if (b[0] === 0x37 && b[1] === 0x7a && b[2] === 0xbc && b[3] === 0xaf) return "7z";
  return null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const gb18030 = new TextDecoder("gb18030");

/**
 * The entry's name as its maker meant it: Windows' built-in zipper writes Chinese folder names in GBK without
 * the UTF-8 flag; a name that is valid UTF-8 without the flag (some tools) is taken as UTF-8.
 */
function entryPath(entry: ZipEntry): string {
  const raw = entry.nameBytes;
  const name = !raw || entry.utf8Name || raw.every((c) => c < 0x80) ? entry.name : decodeName(raw);
  // no "..", root or drive in a path that a corrected copy is written under ("zip slip")
  return name
    .replace(/\\/g, "/")
    .split("/")
    .filter((seg, i) => seg !== "" && seg !== "." && seg !== ".." && !(i === 0 && /^[A-Za-z]:$/.test(seg)))
    .join("/");
}

function decodeName(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}
