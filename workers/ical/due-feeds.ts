import { and, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { icalFeeds } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { FeedSyncCrashed, syncFeed, type SyncOutcome } from "./sync-feed";
import { log } from "../../shared/log";
import { getFeed } from "./feeds";
import type { IcalSyncMessage } from "../platform/queue-messages";

/** A feed synced less than this long ago is not due yet (the cron fires every 15 minutes). */
const SYNC_EVERY_MS = 14 * 60_000;
const MAX_FEEDS_PER_RUN = 2_000;
/** Queue sendBatch takes at most 100 messages. */
const SEND_BATCH = 100;

export async function enqueueDueFeeds(env: Env, db: Database, now = Date.now()): Promise<number> {
  const due = await db
    .select({ id: icalFeeds.id, tenantId: icalFeeds.tenantId })
    .from(icalFeeds)
    .where(and(isNull(icalFeeds.deletedAt), or(isNull(icalFeeds.lastSyncAt), lt(icalFeeds.lastSyncAt, now - SYNC_EVERY_MS))))
    .limit(MAX_FEEDS_PER_RUN)
    .all();
  for (let i = 0; i < due.length; i += SEND_BATCH) {
    await env.ICAL_QUEUE.sendBatch(due.slice(i, i + SEND_BATCH).map((f) => ({ body: { kind: "ical_sync" as const, tenantId: f.tenantId, feedId: f.id } })));
  }
  if (due.length > 0) log("info", "ical_feeds_enqueued", { count: due.length });
  return due.length;
}

/**
 * Syncs one feed; every failure is recorded on the feed, not thrown. A crash recorded there is not
 * thrown either: the next cron run (15 minutes) is its retry, and queue retries on top would count
 * one outage as several misses. Only a failure to record (the database is down) is thrown.
 */
export async function handleIcalSync(db: Database, env: Env, config: Config, message: IcalSyncMessage) {
  const feed = await getFeed(db, message.tenantId, message.feedId).catch(() => null);
  if (!feed) return "gone";
  let outcome: SyncOutcome;
  try {
    outcome = await syncFeed(db, env, config, feed);
  } catch (error) {
    if (!(error instanceof FeedSyncCrashed)) throw error;
    log("error", "ical_feed_sync_crashed", { tenantId: feed.tenantId, feedId: feed.id, error: String(error.cause) });
    return "failed";
  }
  log(outcome.status === "failed" ? "warn" : "info", "ical_feed_synced", { tenantId: feed.tenantId, feedId: feed.id, status: outcome.status });
  return outcome.status;
}
