import { and, desc, eq, isNull, lte, or } from "drizzle-orm";
import { bytesToBase64Url, randomBytes, sha256Hex } from "../../shared/crypto/encoding";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { apiKeys } from "../platform/db/schema";
import { notFound } from "../platform/errors";
import { LAST_USED_RESOLUTION_MS } from "./api-key-usage";
import type { Scope } from "./principal";

const KEY_PREFIX = "psk_live_";
/** How much of a key stays visible in lists, so an operator can tell keys apart. */
const VISIBLE_START_LENGTH = KEY_PREFIX.length + 6;

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith("psk_");
}

/** Creates a key: 256 random bits behind a visible prefix; only its SHA-256 is stored. */
export async function createApiKey(db: Database, tenantId: string, createdBy: string, input: { name: string; scopes: Scope[] }) {
  const key = `${KEY_PREFIX}${bytesToBase64Url(randomBytes(32))}`;
  const row = {
    id: newId("key"),
    tenantId,
    name: input.name,
    start: key.slice(0, VISIBLE_START_LENGTH),
    keyHash: await sha256Hex(key),
    scopes: [...new Set(input.scopes)],
    createdBy,
  };
  await db.insert(apiKeys).values(row);
  return { id: row.id, key, start: row.start, scopes: row.scopes, name: row.name };
}

export async function listApiKeys(db: Database, tenantId: string) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      start: apiKeys.start,
      scopes: apiKeys.scopes,
      lastUsedAt: apiKeys.lastUsedAt,
      createdAt: apiKeys.createdAt,
    })
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, tenantId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt))
    .all();
}

/** Revokes at once: authentication reads `revoked_at` on every request, nothing is cached. */
export async function revokeApiKey(db: Database, tenantId: string, keyId: string): Promise<void> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: Date.now() })
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw notFound("API key");
}

/** Looks a presented key up by its hash; revoked and unknown keys are both null. */
export async function findActiveApiKey(db: Database, presented: string) {
  const keyHash = await sha256Hex(presented);
  const row = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash)).get();
  return row && row.revokedAt === null ? row : null;
}

/**
 * Records use; the condition keeps racing requests of one key from all writing in the same minute
 * (the caller already skips the write when the row it read is recent, see isLastUsedStale).
 */
export async function touchApiKey(db: Database, keyId: string, now = Date.now()): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, keyId), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, now - LAST_USED_RESOLUTION_MS))));
}
