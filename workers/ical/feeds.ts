import { and, asc, eq, isNull } from "drizzle-orm";
import { bytesToBase64Url, randomBytes } from "../../shared/crypto/encoding";
import { openSecret, sealSecret } from "../../shared/crypto/secret-box";
import { newId } from "../../shared/ids";
import { checkPublicUrl } from "../../shared/net/public-url";
import type { Database } from "../platform/db/client";
import { icalFeeds } from "../platform/db/schema";
import type { Config } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import { getAccommodation } from "../accommodations/accommodations";

export type FeedRow = typeof icalFeeds.$inferSelect;
export type FeedSource = FeedRow["source"];

const exportContext = (row: Pick<FeedRow, "tenantId" | "id">) => `tenant:${row.tenantId}:ical-feed:${row.id}:export`;
const newExportToken = () => bytesToBase64Url(randomBytes(18));

/** A new export token for a feed, sealed (a feed brought in by a tenant import gets its own). */
export const sealedNewExportToken = (secretsKey: string, row: Pick<FeedRow, "tenantId" | "id">) => sealSecret(secretsKey, newExportToken(), exportContext(row));

/** Local development may point a feed at a fake OTA on loopback over http (ICAL_ALLOW_LOOPBACK). */
export const allowsLoopbackFeeds = (config: Config) => config.allowLoopbackFeeds;

export function assertFetchableUrl(config: Config, url: string) {
  const check = checkPublicUrl(url, { allowInsecureLoopback: allowsLoopbackFeeds(config) });
  if (!check.ok) {
    const reasons = {
      invalid_url: "is not a valid URL",
      scheme_not_allowed: "must use https",
      credentials_in_url: "must not contain a user name or password",
      private_address: "must point to a public internet address",
      port_not_allowed: "must use the standard https port",
    } as const;
    throw new AppError(422, "url_not_allowed", `The feed URL ${reasons[check.reason]}`, { errors: [{ path: "url", message: check.reason }] });
  }
}

export async function createFeed(db: Database, config: Config, tenantId: string, accommodationId: string, input: { url: string; source: FeedSource; name?: string }) {
  await getAccommodation(db, tenantId, accommodationId);
  assertFetchableUrl(config, input.url);
  const id = newId("feed");
  return db
    .insert(icalFeeds)
    .values({
      id,
      tenantId,
      accommodationId,
      source: input.source,
      name: input.name ?? null,
      url: input.url,
      exportTokenSealed: await sealSecret(config.secretsKey, newExportToken(), exportContext({ tenantId, id })),
    })
    .returning()
    .get();
}

export async function listFeeds(db: Database, tenantId: string, accommodationId: string) {
  await getAccommodation(db, tenantId, accommodationId);
  return db
    .select()
    .from(icalFeeds)
    .where(and(eq(icalFeeds.tenantId, tenantId), eq(icalFeeds.accommodationId, accommodationId), isNull(icalFeeds.deletedAt)))
    .orderBy(asc(icalFeeds.createdAt))
    .all();
}

export async function getFeed(db: Database, tenantId: string, feedId: string): Promise<FeedRow> {
  const row = await db
    .select()
    .from(icalFeeds)
    .where(and(eq(icalFeeds.tenantId, tenantId), eq(icalFeeds.id, feedId), isNull(icalFeeds.deletedAt)))
    .get();
  if (!row) throw notFound("Feed");
  return row;
}

export async function markFeedDeleted(db: Database, tenantId: string, feedId: string) {
  await getFeed(db, tenantId, feedId);
  await db.update(icalFeeds).set({ deletedAt: Date.now() }).where(and(eq(icalFeeds.tenantId, tenantId), eq(icalFeeds.id, feedId)));
}

/** Live feeds of one accommodation, by id only: the public export route has no tenant yet. */
export async function feedsOfAccommodation(db: Database, accommodationId: string) {
  return db.select().from(icalFeeds).where(and(eq(icalFeeds.accommodationId, accommodationId), isNull(icalFeeds.deletedAt))).all();
}

export async function feedExportToken(secretsKey: string, row: FeedRow) {
  return openSecret(secretsKey, row.exportTokenSealed, exportContext(row));
}

export async function rotateFeedExportTokens(db: Database, secretsKey: string, tenantId: string, accommodationId: string) {
  for (const feed of await feedsOfAccommodation(db, accommodationId)) {
    if (feed.tenantId !== tenantId) continue;
    await db
      .update(icalFeeds)
      .set({ exportTokenSealed: await sealSecret(secretsKey, newExportToken(), exportContext(feed)) })
      .where(eq(icalFeeds.id, feed.id));
  }
}

export async function presentFeed(row: FeedRow, config: Config) {
  return {
    id: row.id,
    accommodationId: row.accommodationId,
    url: row.url,
    source: row.source,
    name: row.name,
    exportUrl: `${config.publicBaseUrl}/ical/${row.accommodationId}/${await feedExportToken(config.secretsKey, row)}.ics`,
    lastSyncAt: row.lastSyncAt === null ? null : new Date(row.lastSyncAt).toISOString(),
    lastSuccessAt: row.lastSuccessAt === null ? null : new Date(row.lastSuccessAt).toISOString(),
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    lastErrorCode: row.lastErrorCode,
    eventCount: row.eventCount,
    blockedNights: row.blockedNights,
    consecutiveFailures: row.consecutiveFailures,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
