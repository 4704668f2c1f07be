import { makeResidentId } from "../core/validators/test-ids";
import { EXIT_OK, EXIT_UNREADABLE, startCommand, type CommandSpec } from "./command-start";
import { memoryIo } from "./io";

const SPEC: CommandSpec = {
  values: ["profile", "today"],
  flags: ["help", "mask-ids"],
  helpHint: "xueji demo --help",
  usage: "xueji demo 文件\n",
  positionals: (given) => (given.length === 1 ? null : "请给出一个文件。"),
};

function start(...argv: string[]) {
  const io = memoryIo("/tmp");
  return { result: startCommand(argv, SPEC, io), out: io.out.join(""), err: io.err.join("") };
}

describe("startCommand", () => {
  it("answers --help with the command's usage, whatever else is wrong", () => {
    const r = start("--help", "--today", "x");
    expect(r.result).toBe(EXIT_OK);
    expect(r.out).toBe("xueji demo 文件\n");
  });

  it("says each problem in Chinese with exit code 2: an unknown option (with the help to run), the files, the date, the profile", () => {
    const bad = start("--nope", "a.xlsx");
    expect(bad.result).toBe(EXIT_UNREADABLE);
    expect(bad.err).toMatch(/运行 xueji demo --help 查看用法。/);
    expect(start().err).toBe("请给出一个文件。\n");
    expect(start("a.xlsx", "--today", "2025-13-01").result).toBe(EXIT_UNREADABLE);
    const profile = start("a.xlsx", "--profile", "火星");
    expect(profile.result).toBe(EXIT_UNREADABLE);
    expect(profile.err).toMatch(/没有名为「火星」的内置配置/);
  });

  it("gives the files, options, profile and an io that masks IDs when --mask-ids is given", () => {
    const id = makeResidentId({ region: "110105", birthDate: "20150304", seq: 2 });
    for (const mask of [false, true]) {
      const io = memoryIo("/tmp");
      const r = startCommand(["a.xlsx", "--today", "20250901", ...(mask ? ["--mask-ids"] : [])], SPEC, io);
      if (typeof r === "number") throw new Error(`exit ${r}`);
      expect(r.positionals).toEqual(["a.xlsx"]);
      expect(r.values.today).toBe("20250901");
      expect(r.profile.id).toBe("national");
      r.io.stdout(id);
      expect(io.out.join("") === id).toBe(!mask);
    }
  });
});
