/**
 * Retries `fn` until it stops throwing (or returns a value other than
 * `false`), instead of sleeping for a guessed duration. On timeout the last
 * error is rethrown, so the failure message is the real assertion.
 */
export async function retryUntil<T>(
  fn: () => T | Promise<T>,
  opts: { timeout?: number; interval?: number; message?: string } = {},
): Promise<Exclude<T, false>> {
  const timeout = opts.timeout ?? 10_000;
  const interval = opts.interval ?? 20;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== false) return value as Exclude<T, false>;
      lastError = new Error(opts.message ?? "condition still false");
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
