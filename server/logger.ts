import pino from "pino";

/** Structured JSON logs on stdout, one object per line. */
export function createLogger(level: string): pino.Logger {
  return pino({ level, base: { service: "parallax" }, timestamp: pino.stdTimeFunctions.isoTime });
}
