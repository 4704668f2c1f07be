import type { Profile } from "../core";
import { parseArgs, type OptionSpec, type ParsedArgs } from "./args";
import { maskedIo, type CliIo } from "./io";
import { chooseProfile } from "./profile-option";
import { todayProblem } from "./today-option";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export interface CommandStart extends ParsedArgs {
  /** where the command speaks: through the ID mask when `--mask-ids` was given */
  io: CliIo;
  profile: Profile;
}

export interface CommandSpec extends OptionSpec {
  /** how the user is told to ask for help: `xueji audit --help` */
  helpHint: string;
  usage: string;
  /** what is wrong with the files or folders given, or null */
  positionals(given: readonly string[]): string | null;
}

/**
 * What every command does first, in one order: its options parsed, --help answered, --mask-ids applied, the
 * files given looked at, --today and --profile read. A problem is said in Chinese and gives exit code 2.
 */
export function startCommand(argv: readonly string[], spec: CommandSpec, rawIo: CliIo): CommandStart | number {
  const parsed = parseArgs(argv, spec);
  if (!parsed.ok) return fail(rawIo, `${parsed.message}\n运行 ${spec.helpHint} 查看用法。`);
  const { positionals, values, flags } = parsed.args;
  if (flags.has("help")) {
    rawIo.stdout(spec.usage);
    return EXIT_OK;
  }
  const io = flags.has("mask-ids") ? maskedIo(rawIo) : rawIo;
  const given = spec.positionals(positionals);
  if (given) return fail(io, given);
  const today = todayProblem(values.today);
  if (today) return fail(io, today);
  const choice = chooseProfile(values.profile, io.cwd);
  if (!choice.ok) return fail(io, choice.message);
  return { positionals, values, flags, io, profile: choice.profile };
}

/** a problem with the command as typed, or with what it was given: said, and exit code 2 */
export function fail(io: CliIo, message: string): number {
  io.stderr(message + "\n");
  return EXIT_UNREADABLE;
}
