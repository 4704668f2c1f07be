import { appendFileSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileBytes, FileChangedError } from "./file-bytes";

const dir = mkdtempSync(join(tmpdir(), "xueji-bytes-"));
const content = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) & 255);

describe("FileBytes", () => {
  it("reads any range of the file", () => {
    const path = join(dir, "a.xlsx");
    writeFileSync(path, content);
    const file = new FileBytes(path);
    expect(file.length).toBe(content.length);
    expect(file.read(0, 4)).toEqual(content.subarray(0, 4));
    expect(Buffer.from(file.read(99_000, 100_000)).equals(content.subarray(99_000))).toBe(true);
    expect(file.read(50, 50)).toHaveLength(0);
    file.assertUnchanged();
    file.close();
    file.close();
  });

  it("keeps reading the checked file when it is saved again over it (a new file in its place)", () => {
    const path = join(dir, "b.xlsx");
    writeFileSync(path, content);
    const file = new FileBytes(path);
    writeFileSync(join(dir, "b.new"), new Uint8Array(10));
    renameSync(join(dir, "b.new"), path);
    expect(() => file.assertUnchanged()).not.toThrow();
    expect(Buffer.from(file.read(0, content.length)).equals(content)).toBe(true);
    file.close();
  });

  it("refuses a file changed in place since it was opened", () => {
    const path = join(dir, "c.xlsx");
    writeFileSync(path, content);
    const file = new FileBytes(path);
    appendFileSync(path, "more");
    expect(() => file.assertUnchanged()).toThrow(FileChangedError);
    file.close();
  });

  it("refuses a file cut short while it is read", () => {
    const path = join(dir, "d.xlsx");
    writeFileSync(path, content);
    const file = new FileBytes(path);
    writeFileSync(path, content.subarray(0, 10));
    expect(() => file.read(0, 1000)).toThrow(FileChangedError);
    file.close();
  });
});
