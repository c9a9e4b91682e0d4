#!/usr/bin/env node
// The `parallax` admin command (package.json "bin"): runs server/cli/main.ts
// under tsx, in this process's working directory, with the same arguments.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const main = fileURLToPath(new URL("../server/cli/main.ts", import.meta.url));
const tsx = pathToFileURL(require.resolve("tsx")).href;
const result = spawnSync(process.execPath, ["--import", tsx, main, ...process.argv.slice(2)], {
  stdio: "inherit",
});
if (result.error) {
  console.error(result.error.message);
  process.exit(1);
}
process.exit(result.status ?? 1);
