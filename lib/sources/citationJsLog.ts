import { logger } from "@citation-js/core";

/**
 * citation-js keeps every log message in `logger._log`, at any log level, for
 * the life of the page; long sessions would grow it without bound. Called
 * after each call into citation-js.
 */
export function forgetCitationJsLog(): void {
  if (Array.isArray(logger._log)) logger._log.length = 0;
}
