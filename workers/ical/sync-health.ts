import { isNull, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { icalFeeds } from "../platform/db/schema";

/** The oldest "last good import" across live feeds (how stale the worst channel calendar may be), and how many feeds there are. */
export async function oldestFeedSync(db: Database): Promise<{ oldest: number | null; feeds: number }> {
  const row = await db
    .select({ oldest: sql<number | null>`min(coalesce(${icalFeeds.lastSuccessAt}, ${icalFeeds.createdAt}))`, feeds: sql<number>`count(*)` })
    .from(icalFeeds)
    .where(isNull(icalFeeds.deletedAt))
    .get();
  return { oldest: row?.oldest ?? null, feeds: row?.feeds ?? 0 };
}

/** The same for one tenant's feeds: the age its reports show beside the numbers imported nights feed. */
export async function oldestFeedSyncOf(d1: D1Database, tenantId: string): Promise<{ oldest: number | null; feeds: number }> {
  const row = await d1
    .prepare(`SELECT min(coalesce(last_success_at, created_at)) AS oldest, count(*) AS feeds FROM ical_feeds WHERE tenant_id = ?1 AND deleted_at IS NULL`)
    .bind(tenantId)
    .first<{ oldest: number | null; feeds: number }>();
  return { oldest: row?.oldest ?? null, feeds: row?.feeds ?? 0 };
}
