/**
 * `npx parallax …`: admin tasks on the server's database (tokens, accounts).
 * Opens the database exactly as the server does (server/config.ts), so with
 * PGlite it refuses to run while the server holds the data folder.
 */
import pino from "pino";
import { openDatabase } from "../../db/client";
import { DataDirInUseError } from "../../db/dataDirLock";
import { migrateDatabase } from "../../db/migrate";
import { AccountError } from "../auth/accounts";
import { loadAuthConfig } from "../auth/config";
import { startAuth } from "../auth/start";
import { ConfigError, loadConfig } from "../config";
import { parseArgs, UsageError } from "./args";
import { helpText, resolveCommand } from "./commands";

async function main(argv: string[]): Promise<number> {
  const { words, flags } = parseArgs(argv);
  if (words.length === 0 || words[0] === "help" || flags.help) {
    process.stdout.write(`${helpText()}\n`);
    return words.length === 0 && !flags.help ? 2 : 0;
  }
  const { command, flags: options } = resolveCommand(words, flags);
  const config = loadConfig();
  const log = pino({ level: "warn", base: { service: "parallax-cli" } }, pino.destination(2));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    const auth = await startAuth({ db: database.db, log, config: loadAuthConfig() });
    await command.run(
      {
        db: database.db,
        auth,
        out: (line) => process.stdout.write(`${line}\n`),
        note: (line) => process.stderr.write(`${line}\n`),
      },
      options,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof UsageError ||
      error instanceof AccountError ||
      error instanceof DataDirInUseError ||
      error instanceof ConfigError;
    process.stderr.write(
      `parallax: ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    if (error instanceof UsageError)
      process.stderr.write("Run `npx parallax help` for the commands.\n");
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
