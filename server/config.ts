import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Messages a websocket may send per second, sustained, and in a burst above that. */
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(100),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(400),
  /** Minutes between automatic versions of a timeline that is being edited. */
  AUTO_VERSION_MINUTES: z.coerce.number().positive().max(10_080).default(30),
  /** `PARALLAX_WEB=0` serves only the websocket hub and health checks (tests, bench). */
  PARALLAX_WEB: z
    .enum(["0", "1"])
    .optional()
    .transform((value) => value !== "0"),
  /** `PARALLAX_DEV=1` (npm run dev) runs Next in development mode with hot reload. */
  PARALLAX_DEV: flag,
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  maxMessageBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  autoVersionMs: number;
  web: boolean;
  dev: boolean;
};

export class ConfigError extends Error {
  readonly code = "invalid_config";
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    messagesPerSecond: e.RATE_LIMIT_PER_SECOND,
    messageBurst: e.RATE_LIMIT_BURST,
    autoVersionMs: e.AUTO_VERSION_MINUTES * 60_000,
    web: e.PARALLAX_WEB,
    dev: e.PARALLAX_DEV,
  };
}
