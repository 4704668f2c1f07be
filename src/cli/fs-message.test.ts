import { fsMessage } from "./fs-message";

const err = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), { code });

describe("fsMessage", () => {
  it("says permission problems in Chinese with what to do, for reading and for writing", () => {
    expect(fsMessage(err("EACCES"), "read")).toMatch(/^没有读取这个文件的权限.*复制给你/);
    expect(fsMessage(err("EPERM"), "read")).toBe(fsMessage(err("EACCES"), "read"));
    expect(fsMessage(err("EACCES"), "write", "out/a.xlsx")).toMatch(/^无法写出「out\/a\.xlsx」：没有在这里写文件的权限。请用 --out/);
  });

  it("never passes the system's English on", () => {
    for (const code of ["ENOENT", "EACCES", "EISDIR", "ENOTDIR", "ENAMETOOLONG", "ENOSPC", "EROFS", "EBUSY", "EIO", "EMFILE", "EEXIST"]) {
      for (const action of ["read", "write"] as const) {
        const text = fsMessage(err(code), action, "x.xlsx");
        expect(text).toMatch(/[\u4e00-\u9fff]/);
        expect(text).not.toMatch(/something|open '/);
      }
    }
  });

  it("keeps an unknown code for support, in a Chinese sentence", () => {
    expect(fsMessage(err("EWEIRD"), "read")).toMatch(/^无法读取这个文件（系统错误 EWEIRD）/);
    expect(fsMessage(new Error("no code"), "write", "a")).toMatch(/系统错误 EUNKNOWN/);
  });
});
