import { parseArgs } from "./args";

const spec = { values: ["out", "profile"], flags: ["help"] };

describe("parseArgs", () => {
  it("takes values in both spellings, flags and positionals in order", () => {
    const r = parseArgs(["a.xlsx", "--out", "dir", "--profile=nongan", "b.csv", "--help"], spec);
    expect(r).toEqual({
      ok: true,
      args: { positionals: ["a.xlsx", "b.csv"], values: { out: "dir", profile: "nongan" }, flags: new Set(["help"]) },
    });
  });

  it("treats everything after -- as files, even names starting with a dash", () => {
    const r = parseArgs(["--", "-odd.xlsx"], spec);
    expect(r.ok && r.args.positionals).toEqual(["-odd.xlsx"]);
  });

  it.each([
    [["--outt", "x"], "不认识的选项 --outt"],
    [["--out"], "选项 --out 缺少值"],
    [["--out="], "选项 --out 缺少值"],
    [["--help=1"], "选项 --help 不带值"],
    [["--out", "a", "--out", "b"], "选项 --out 重复了"],
  ])("%j is refused with a clear message", (argv, message) => {
    const r = parseArgs(argv, spec);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(message);
  });
});
