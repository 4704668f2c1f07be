import type { PhotoEntry } from "../../core/photos";
import { readPhotoZip } from "../../io/photos/read-photo-zip";

/** A picked or dropped file and its path inside the picked folder ("" parts when it was picked alone). */
export interface PickedFile {
  file: File;
  path: string;
}

/**
 * The photos to check: one zip is opened (on this machine — nothing is uploaded); a folder or several
 * files are taken as they are, paths relative to the picked folder, as `xueji photos` shows them.
 * Throws the zip reader's ReadError (a Chinese message) for a zip bomb or a broken zip.
 */
export async function photoEntriesOf(picked: readonly PickedFile[], read: (f: File) => Promise<Uint8Array>): Promise<{ entries: PhotoEntry[]; source: string }> {
  if (picked.length === 1 && /\.zip$/i.test(picked[0].file.name)) {
    const name = picked[0].file.name;
    return { entries: readPhotoZip(await read(picked[0].file), name), source: name };
  }
  const top = commonTop(picked.map((p) => p.path));
  const entries: PhotoEntry[] = [];
  for (const p of picked) entries.push({ path: top ? p.path.slice(top.length + 1) : p.path, bytes: await read(p.file) });
  return { entries, source: top || `${picked.length} 个文件` };
}

/** the picked folder's own name, when every path starts with it */
function commonTop(paths: readonly string[]): string {
  const first = paths[0]?.split("/")[0] ?? "";
  return first && paths.every((p) => p.startsWith(first + "/")) ? first : "";
}

/** Files from a folder picker (webkitdirectory), each with its path inside the folder. */
export function pickedFromInput(files: readonly File[]): PickedFile[] {
  return files.map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/**
 * Files from a drop: a dropped folder arrives as one directory entry, whose files are read through the
 * (non-standard but universal) webkitGetAsEntry API; without it, the dropped files themselves.
 */
export async function pickedFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const items = [...(data.items ?? [])];
  const entries = items.map((i) => (typeof i.webkitGetAsEntry === "function" ? i.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((e) => e === null)) return [...data.files].map((file) => ({ file, path: file.name }));
  const out: PickedFile[] = [];
  for (const e of entries) await walk(e!, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\/+/, "");
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives at most 100 entries per call: read until it gives none
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}
