import { and, eq, isNull } from "drizzle-orm";
import type { BookingEvent } from "../../durable-objects/calendar/results";
import { raiseAlert, resolveAlert } from "../alerts/alerts";
import type { Database } from "../platform/db/client";
import { alerts } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { log } from "../../shared/log";
import { calendarOf } from "./calendar";

const stuckKey = (accommodationId: string) => `calendar_outbox_stuck:${accommodationId}`;

/**
 * Tells staff when a calendar's outbox keeps failing, and clears the alert when it drains. Delivery
 * is at least once; alerts are deduplicated, so a redelivery does nothing new.
 */
export async function handleOutboxHealth(db: Database, env: Env, event: Exclude<BookingEvent, { kind: "stay_confirmed" | "reservation_changed" }>): Promise<void> {
  switch (event.kind) {
    case "calendar_outbox_stuck":
      await raiseAlert(db, env, event.tenantId, {
        kind: "calendar_outbox_stuck",
        severity: "critical",
        subjectType: "accommodation",
        subjectId: event.accommodationId,
        message: `Changes to this unit's calendar have not reached the database after ${event.attempts} attempts (${event.error}). Bookings are safe in the calendar itself; searches and lists may be out of date until it recovers.`,
        params: { attempts: event.attempts },
        dedupeKey: stuckKey(event.accommodationId),
      });
      return;
    case "calendar_outbox_recovered": {
      const open = await db
        .select({ id: alerts.id })
        .from(alerts)
        .where(and(eq(alerts.tenantId, event.tenantId), eq(alerts.dedupeKey, stuckKey(event.accommodationId)), isNull(alerts.resolvedAt)))
        .get();
      if (open) await resolveAlert(db, env, event.tenantId, open.id);
      return;
    }
  }
}

/** Calendars whose outbox gave up retrying on its own: an open stuck alert names each one. */
async function stuckCalendars(db: Database) {
  return db
    .select({ tenantId: alerts.tenantId, accommodationId: alerts.subjectId })
    .from(alerts)
    .where(and(eq(alerts.kind, "calendar_outbox_stuck"), isNull(alerts.resolvedAt)))
    .limit(100)
    .all();
}

/** From the 15-minute cron: every stuck calendar tries again from scratch. */
export async function retryStuckCalendars(env: Env, db: Database): Promise<number> {
  const stuck = await stuckCalendars(db);
  for (const { accommodationId } of stuck) {
    const { pending } = await calendarOf(env, accommodationId).retryOutbox();
    log(pending === 0 ? "info" : "warn", "calendar_outbox_retried", { accommodationId, pending });
  }
  return stuck.length;
}

/** For /healthz: how many calendars cannot bring the read model up to date. */
export async function stuckCalendarCount(db: Database): Promise<number> {
  return (await stuckCalendars(db)).length;
}
