import { eq } from "drizzle-orm";
import { todayIn } from "../../shared/domain/dates";
import { FeedTooLargeError, IMPORT_HORIZON_DAYS, importedRanges, NotICalendarError, type ImportResult } from "../../shared/ical";
import type { Database } from "../platform/db/client";
import { icalFeeds } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { raiseAlert } from "../alerts/alerts";
import { getAccommodation } from "../accommodations/accommodations";
import { calendarOf } from "../bookings/calendar";
import { allowsLoopbackFeeds, type FeedRow } from "./feeds";
import { fetchFeed, FeedFetchError } from "./fetch-feed";
import { publishEvent } from "../integrations/webhooks/publish-event";

/** Misses in a row before staff hear about a failing feed (45 minutes at the 15-minute cadence). */
export const FAILURES_BEFORE_ALERT = 3;

export interface ConflictNight {
  night: string;
  reservationId: string;
}

export type SyncOutcome =
  | { status: "ok"; blocks: Array<{ start: string; end: string }>; blockedNights: number; conflicts: ConflictNight[]; eventCount: number; skipped: ImportResult["skipped"] }
  | { status: "not_modified" }
  | { status: "failed"; reason: FailureReason; message: string };

type FailureReason = "fetch_failed" | "not_icalendar" | "empty_feed" | "feed_too_large";

/**
 * A sync that crashed (the calendar object or the database failed) after the miss was recorded
 * on the feed. The cron's next run is its retry, so the queue consumer need not retry it too.
 */
export class FeedSyncCrashed extends Error {
  override name = "FeedSyncCrashed";
  constructor(readonly feedId: string, cause: unknown) {
    super(`Sync of feed ${feedId} crashed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * One sync of one feed: fetch (conditional GET) or take an uploaded body, parse by ICAL.md,
 * and hand the merged ranges to the calendar object in one atomic call. Any failure keeps the
 * feed's last good blocks; only a successful parse replaces them. Every failure is recorded on
 * the feed (three in a row raise an alert): expected ones come back as a `failed` outcome, and a
 * crash is recorded, then thrown as FeedSyncCrashed.
 */
export async function syncFeed(db: Database, env: Env, config: Config, feed: FeedRow, upload?: Uint8Array): Promise<SyncOutcome> {
  const now = Date.now();
  try {
    return await syncFeedOnce(db, env, config, feed, now, upload);
  } catch (error) {
    // No detail of an internal error goes to staff; the log has it.
    await recordMiss(db, env, feed, now, "internal", "Posada could not finish this import (internal error); it is tried again at the next sync");
    throw new FeedSyncCrashed(feed.id, error);
  }
}

async function syncFeedOnce(db: Database, env: Env, config: Config, feed: FeedRow, now: number, upload?: Uint8Array): Promise<SyncOutcome> {
  const accommodation = await getAccommodation(db, feed.tenantId, feed.accommodationId);
  let body = upload;
  let validators = { etag: feed.etag, lastModified: feed.lastModified };

  if (!body) {
    if (!feed.url) return recordFailure(db, env, feed, now, "fetch_failed", "no_url", "This feed has no URL; upload its file instead");
    try {
      const fetched = await fetchFeed(feed.url, validators, { allowInsecureLoopback: allowsLoopbackFeeds(config) });
      if (fetched.kind === "not_modified") {
        await db
          .update(icalFeeds)
          .set({ lastSyncAt: now, lastSuccessAt: now, lastStatus: "not_modified", lastError: null, lastErrorCode: null, consecutiveFailures: 0 })
          .where(eq(icalFeeds.id, feed.id));
        return { status: "not_modified" };
      }
      body = fetched.body;
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    } catch (error) {
      if (error instanceof FeedFetchError) return recordFailure(db, env, feed, now, "fetch_failed", error.reason, error.message);
      throw error;
    }
  }

  let parsed: ImportResult;
  try {
    // Clipped to the nights the calendar serves: a one-off event may not name decades of nights.
    parsed = importedRanges(body, { timeZone: accommodation.timezone, today: todayIn(accommodation.timezone, new Date(now)), horizonDays: IMPORT_HORIZON_DAYS });
  } catch (error) {
    if (error instanceof FeedTooLargeError) return recordFailure(db, env, feed, now, "feed_too_large", "feed_too_large", `${error.message}; nothing was imported and the previous blocks are kept`);
    if (error instanceof NotICalendarError) return recordFailure(db, env, feed, now, "not_icalendar", "not_icalendar", "The answer is not an iCalendar file (a login page or an error page?)");
    throw error;
  }
  // OTAs have been seen answering an empty calendar during outages: never let one wipe the blocks.
  if (parsed.eventCount === 0 && (feed.eventCount ?? 0) > 0) {
    return recordFailure(db, env, feed, now, "empty_feed", "empty_feed", `The feed came back empty after listing ${feed.eventCount} events; the previous blocks are kept`);
  }

  const applied = await calendarOf(env, feed.accommodationId).replaceImportedBlocks({
    tenantId: feed.tenantId,
    accommodationId: feed.accommodationId,
    feedId: feed.id,
    ranges: parsed.ranges,
  });
  const conflicts = applied.conflicts.map((c) => ({ night: c.night, reservationId: c.stayId }));
  await alertConflicts(db, env, feed, conflicts);
  await db
    .update(icalFeeds)
    .set({
      // An upload says nothing about the URL's validators: keep those for the next conditional GET.
      ...(upload ? {} : { etag: validators.etag, lastModified: validators.lastModified }),
      lastSyncAt: now,
      lastSuccessAt: now,
      lastStatus: conflicts.length > 0 ? "conflicts" : "ok",
      lastError: null,
      lastErrorCode: null,
      eventCount: parsed.eventCount,
      blockedNights: applied.blockedNights,
      consecutiveFailures: 0,
    })
    .where(eq(icalFeeds.id, feed.id));
  return { status: "ok", blocks: parsed.ranges, blockedNights: applied.blockedNights, conflicts, eventCount: parsed.eventCount, skipped: parsed.skipped };
}

async function recordFailure(db: Database, env: Env, feed: FeedRow, now: number, reason: FailureReason, code: string, message: string): Promise<SyncOutcome> {
  await recordMiss(db, env, feed, now, code, message);
  return { status: "failed", reason, message };
}

/** Counts one more miss in the feed's streak, and alerts staff from the third on. */
/** `code` names the miss for consoles to translate; `message` says it in English for logs and API clients. */
async function recordMiss(db: Database, env: Env, feed: FeedRow, now: number, code: string, message: string): Promise<void> {
  const failures = feed.consecutiveFailures + 1;
  await db
    .update(icalFeeds)
    .set({ lastSyncAt: now, lastStatus: "error", lastError: message.slice(0, 500), lastErrorCode: code, consecutiveFailures: failures })
    .where(eq(icalFeeds.id, feed.id));
  // Partners hear of a failing feed once per failure streak: the key changes once a sync succeeds again.
  await publishEvent(db, env, feed.tenantId, "feed.failed", { id: feed.id, accommodationId: feed.accommodationId, source: feed.source, name: feed.name, error: code, lastSuccessAt: feed.lastSuccessAt ? new Date(feed.lastSuccessAt).toISOString() : null }, { key: `feed:${feed.id}:failing_since:${feed.lastSuccessAt ?? "never"}`, now });
  if (failures >= FAILURES_BEFORE_ALERT) {
    await raiseAlert(db, env, feed.tenantId, {
      kind: "ical_feed_failing",
      severity: "warning",
      subjectType: "ical_feed",
      subjectId: feed.id,
      message: `The ${feed.source} calendar${feed.name ? ` "${feed.name}"` : ""} failed ${failures} times in a row (${message}). Its last good blocks are kept; check the URL in the channel.`,
      params: { source: feed.source, name: feed.name ?? "", failures, error: code },
      // One alert per failure streak: the key changes once a sync succeeds again.
      dedupeKey: `ical_feed_failing:${feed.id}:${feed.lastSuccessAt ?? "never"}`,
    });
  }
}

/** One alert per Posada reservation a channel also sold, naming the first shared night. */
async function alertConflicts(db: Database, env: Env, feed: FeedRow, conflicts: ConflictNight[]) {
  const byReservation = new Map<string, string[]>();
  for (const c of conflicts) byReservation.set(c.reservationId, [...(byReservation.get(c.reservationId) ?? []), c.night]);
  for (const [reservationId, nights] of byReservation) {
    await raiseAlert(db, env, feed.tenantId, {
      kind: "ical_conflict",
      severity: "critical",
      subjectType: "reservation",
      subjectId: reservationId,
      message: `${feed.source} shows ${nights.length} ${nights.length === 1 ? "night" : "nights"} from ${nights[0]} as taken, but a Posada guest holds them. Check both bookings: one guest may need to be moved.`,
      params: { source: feed.source, name: feed.name ?? "", nights: nights.length, from: nights[0]! },
      dedupeKey: `ical_conflict:${feed.id}:${reservationId}:${nights[0]}:${nights.length}`,
    });
  }
}
