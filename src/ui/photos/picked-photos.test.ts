import { photoEntriesOf, pickedFromDrop, pickedFromInput } from "./picked-photos";

/** Fake entries as a browser's webkitGetAsEntry hands a dropped folder over (readEntries in batches). */
function fileEntry(fullPath: string): FileSystemFileEntry {
  const file = { name: fullPath.split("/").pop() } as File;
  return { isFile: true, isDirectory: false, fullPath, file: (ok: (f: File) => void) => ok(file) } as unknown as FileSystemFileEntry;
}
function dirEntry(fullPath: string, children: FileSystemEntry[]): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    createReader: () => {
      const batches = [children.slice(0, 1), children.slice(1), []];
      return { readEntries: (ok: (e: FileSystemEntry[]) => void) => ok(batches.shift() ?? []) };
    },
  } as unknown as FileSystemDirectoryEntry;
}

describe("picked photos", () => {
  it("walks a dropped folder to every file, in every batch, with its path", async () => {
    const root = dirEntry("/照片", [fileEntry("/照片/a.jpg"), dirEntry("/照片/1班", [fileEntry("/照片/1班/b.jpg")])]);
    const data = { items: [{ webkitGetAsEntry: () => root }], files: [] } as unknown as DataTransfer;
    expect((await pickedFromDrop(data)).map((p) => p.path)).toEqual(["照片/a.jpg", "照片/1班/b.jpg"]);
  });

  it("gives paths inside the picked folder, as the command line does", async () => {
    const f = (path: string) => Object.defineProperty(new File(["x"], path.split("/").pop()!), "webkitRelativePath", { value: path });
    const picked = pickedFromInput([f("照片/a.jpg"), f("照片/1班/b.jpg")]);
    const r = await photoEntriesOf(picked, async () => new Uint8Array([1]));
    expect(r).toMatchObject({ source: "照片", entries: [{ path: "a.jpg" }, { path: "1班/b.jpg" }] });
  });
});
