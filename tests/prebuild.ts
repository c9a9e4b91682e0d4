/**
 * Runs before the integration and browser suites: makes sure the Next
 * production build is fresh, so the servers the tests start only load it
 * (a build inside a test would eat its start-up timeout).
 * Builds only when `.next` is missing or older than its inputs, and logs why.
 */
import { fileURLToPath } from "node:url";
import { createLogger } from "../server/logger";
import { ensureWebBuild } from "../server/web";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const log = createLogger(process.env.LOG_LEVEL ?? "info").child({ task: "test-prebuild" });

// No top-level await: the package is CommonJS to tsx.
ensureWebBuild(ROOT, log).catch((error: unknown) => {
  log.fatal({ err: error }, "the web app could not be built: the web tests cannot run");
  process.exitCode = 1;
});
