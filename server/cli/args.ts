/**
 * Splits `parallax <words…> --flag value --other=value` into the command
 * words and a flag record; the commands validate the flags with zod.
 */
export class UsageError extends Error {
  readonly code = "usage";
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type ParsedArgs = { words: string[]; flags: Record<string, string | true> };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const words: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      words.push(arg);
      continue;
    }
    const body = arg.slice(2);
    if (!body) throw new UsageError("A lone `--` is not an option.");
    const eq = body.indexOf("=");
    const name = eq >= 0 ? body.slice(0, eq) : body;
    if (name in flags) throw new UsageError(`--${name} is given twice.`);
    if (eq >= 0) flags[name] = body.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) flags[name] = argv[++i];
    else flags[name] = true;
  }
  return { words, flags };
}
