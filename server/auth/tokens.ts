import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type ApiTokenRow, apiTokens } from "../../db/schema";
import { type ApiTokenInfo, looksLikeTokenSecret, TOKEN_PREFIX } from "../../lib/account";
import { emitIdentityRevoked } from "./revocation";

/** `last_used_at` is written at most this often per token, so busy bots don't write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The stored form of a secret. Tokens are 256 random bits, so a plain SHA-256 is enough (no KDF). */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

function tokenInfo(row: ApiTokenRow): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Creates a token for `userId`. The secret is returned here and only here:
 * the database keeps its hash. `name` must already be validated
 * (tokenNameSchema).
 */
export async function createToken(
  db: Db,
  userId: string,
  name: string,
): Promise<{ id: string; secret: string; token: ApiTokenInfo }> {
  const id = randomUUID();
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const rows = await db
    .insert(apiTokens)
    .values({ id, userId, name, tokenHash: hashTokenSecret(secret) })
    .returning();
  return { id, secret, token: tokenInfo(rows[0]) };
}

/** The user's tokens, newest first; revoked ones only when asked for. */
export async function listTokens(
  db: Db,
  userId: string,
  opts: { includeRevoked?: boolean } = {},
): Promise<ApiTokenInfo[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(
      opts.includeRevoked
        ? eq(apiTokens.userId, userId)
        : and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)),
    )
    .orderBy(desc(apiTokens.createdAt), apiTokens.id);
  return rows.map(tokenInfo);
}

/**
 * Revokes one of `userId`'s tokens and closes what it opened (see
 * revocation.ts). False when the user has no such live token, which includes
 * another user's token: the caller answers 404 either way.
 */
export async function revokeToken(db: Db, userId: string, tokenId: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)),
    )
    .returning({ id: apiTokens.id });
  if (rows.length === 0) return false;
  emitIdentityRevoked({ userId, tokenId });
  return true;
}

/**
 * The live token a secret belongs to, or null for anything else: malformed,
 * unknown, forged or revoked. Records when it was last used, to the minute.
 */
export async function resolveToken(
  db: Db,
  secret: string,
): Promise<{ tokenId: string; userId: string } | null> {
  if (!looksLikeTokenSecret(secret)) return null;
  const rows = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashTokenSecret(secret)), isNull(apiTokens.revokedAt)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests write once; a failure must not refuse the request.
    const stale = new Date(now - LAST_USED_RESOLUTION_MS);
    await db
      .update(apiTokens)
      .set({ lastUsedAt: new Date(now) })
      .where(
        and(
          eq(apiTokens.id, row.id),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale)),
        ),
      )
      .catch(() => {});
  }
  return { tokenId: row.id, userId: row.userId };
}
