import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { accommodations, calendarStays } from "../platform/db/schema";
import type { Env } from "../platform/env";

export interface StayDifference {
  stayId: string;
  /** only_in_calendar: the read model lacks it (searches may offer its nights); only_in_read_model: the read model shows a stay the calendar no longer has; dates_differ: both have it with other dates. */
  kind: "only_in_calendar" | "only_in_read_model" | "dates_differ";
  calendar: { checkIn: string; checkOut: string } | null;
  readModel: { checkIn: string; checkOut: string } | null;
}

export interface CalendarAuditPage {
  checked: Array<{ tenantId: string; accommodationId: string; pendingOutbox: number; differences: StayDifference[] }>;
  /** Pass as `after` for the next page; null when every calendar was checked. */
  next: string | null;
}

/**
 * Compares each calendar object (the source of truth) with the read model, a page of
 * accommodations at a time: the stays that take nights now, by id and dates. Each calendar is
 * first asked to flush its outbox, so a change in flight is not reported; a difference left after
 * that, on two runs in a row, is real (runbook: docs/runbooks/doble-reserva.md).
 */
export async function auditCalendars(db: Database, env: Pick<Env, "CALENDAR">, page: { after?: string; limit?: number } = {}): Promise<CalendarAuditPage> {
  const limit = page.limit ?? 25;
  const units = await db
    .select({ id: accommodations.id, tenantId: accommodations.tenantId })
    .from(accommodations)
    .where(and(isNull(accommodations.deletedAt), page.after ? gt(accommodations.id, page.after) : undefined))
    .orderBy(asc(accommodations.id))
    .limit(limit)
    .all();
  const checked: CalendarAuditPage["checked"] = [];
  for (const unit of units) {
    const calendar = env.CALENDAR.get(env.CALENDAR.idFromName(unit.id));
    const { pending } = await calendar.settleReadModel();
    const inCalendar = await calendar.occupyingStays();
    const inReadModel = await db
      .select({ id: calendarStays.id, checkIn: calendarStays.checkIn, checkOut: calendarStays.checkOut })
      .from(calendarStays)
      .where(and(eq(calendarStays.accommodationId, unit.id), inArray(calendarStays.status, ["held", "confirmed", "active"])))
      .all();
    checked.push({ tenantId: unit.tenantId, accommodationId: unit.id, pendingOutbox: pending, differences: compareStays(inCalendar, inReadModel) });
  }
  return { checked, next: units.length === limit ? (units[units.length - 1]?.id ?? null) : null };
}

type Stay = { id: string; checkIn: string; checkOut: string };

/** Stays of one calendar against the read model's, by id and dates. */
export function compareStays(calendar: readonly Stay[], readModel: readonly Stay[]): StayDifference[] {
  const mirrored = new Map(readModel.map((s) => [s.id, s]));
  const differences: StayDifference[] = [];
  for (const stay of calendar) {
    const copy = mirrored.get(stay.id);
    mirrored.delete(stay.id);
    const dates = { checkIn: stay.checkIn, checkOut: stay.checkOut };
    if (!copy) differences.push({ stayId: stay.id, kind: "only_in_calendar", calendar: dates, readModel: null });
    else if (copy.checkIn !== stay.checkIn || copy.checkOut !== stay.checkOut) differences.push({ stayId: stay.id, kind: "dates_differ", calendar: dates, readModel: { checkIn: copy.checkIn, checkOut: copy.checkOut } });
  }
  for (const copy of mirrored.values()) differences.push({ stayId: copy.id, kind: "only_in_read_model", calendar: null, readModel: { checkIn: copy.checkIn, checkOut: copy.checkOut } });
  return differences;
}
