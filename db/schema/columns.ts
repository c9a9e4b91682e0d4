import { customType, timestamp } from "drizzle-orm/pg-core";

/**
 * Binary column for Yjs updates. node-postgres returns a Buffer and PGlite a
 * Uint8Array; both are Uint8Arrays, which is all the rest of the code needs.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/** `created_at timestamptz not null default now()`. */
export const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
