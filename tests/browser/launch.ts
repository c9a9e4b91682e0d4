import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Flags that keep Chromium quiet on a machine without a network or a GPU. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * The system Chromium when there is one (CHROMIUM_PATH, then /usr/bin/chromium),
 * otherwise Playwright's own browser, for developers who installed it.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ headless: true, executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
