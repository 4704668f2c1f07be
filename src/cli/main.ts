import { runCheck } from "./check-command";
import { EXIT_UNREADABLE } from "./command-start";
import { processIo, type CliIo } from "./io";
import { runProfiles } from "./profiles-command";
import { USAGE } from "./usage";
import { useZipCodec } from "../io/zip/codec";
import { nodeZipCodec } from "../io/zip/node-codec";

// the command line has node:zlib: several times faster than the pure-JS inflater the browser needs
useZipCodec(nodeZipCodec);

/** `xueji <command> …`: returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "check":
      return runCheck(rest, io);
    case "audit":
      // loaded only when asked for: its workbook writer brings ExcelJS, ~30 MB that `check` would carry
      return (await import("./audit")).runAudit(rest, io);
    case "compare":
      return (await import("./compare-command")).runCompare(rest, io);
    case "profiles":
      return runProfiles(io);
    case "photos":
      // loaded when asked for, like audit: --shrink brings an image codec the other commands never need
      return (await import("./photos-command")).runPhotos(rest, io);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(USAGE);
      return command === undefined ? EXIT_UNREADABLE : 0;
    default:
      io.stderr(`不认识的命令「${command}」（Unknown command）。可用命令：check、audit、compare、photos、profiles。运行 xueji --help 查看用法。\n`);
      return EXIT_UNREADABLE;
  }
}
