/** A command's options: which take a value and which are plain switches. */
export interface OptionSpec {
  values: readonly string[];
  flags: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string>;
  flags: Set<string>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; message: string };

/**
 * `--name value`, `--name=value`, `--flag`, and `--` to end options. Hand-written: the CLI has a
 * handful of options and a dependency would be larger than this.
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ArgsResult {
  const args: ParsedArgs = { positionals: [], values: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      args.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      args.positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = (eq > 0 ? a.slice(0, eq) : a).replace(/^-{1,2}/, "");
    if (spec.flags.includes(name)) {
      if (eq > 0) return { ok: false, message: `选项 --${name} 不带值（Option --${name} takes no value）` };
      args.flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) {
      return { ok: false, message: `不认识的选项 ${a}（Unknown option ${a}）` };
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") {
      return { ok: false, message: `选项 --${name} 缺少值（Option --${name} needs a value）` };
    }
    if (name in args.values) {
      return { ok: false, message: `选项 --${name} 重复了（Option --${name} given twice）` };
    }
    args.values[name] = value;
  }
  return { ok: true, args };
}
