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

/** `updated_at timestamptz not null default now()`; writers set it on each change. */
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** A nullable `timestamptz`, for moments that may not have happened yet (revoked, last used). */
export const optionalTime = (name: string) => timestamp(name, { withTimezone: true });
