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
