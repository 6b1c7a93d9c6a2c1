import { and, eq, gt, inArray, lt } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { calendarStays, icalFeeds, reservations } from "../platform/db/schema";

/** What occupies a unit's nights, as a multi-unit calendar draws it: one bar per stay. */
export interface TapeChartStay {
  id: string;
  accommodationId: string;
  kind: "reservation" | "block" | "imported";
  status: "held" | "confirmed" | "blocked";
  checkIn: string;
  checkOut: string;
  expiresAt: number | null;
  guestName: string | null;
  code: string | null;
  /** Where a reservation came from (direct, whatsapp, webchat, partner). */
  source: string | null;
  /** The channel whose calendar an imported block came from (airbnb, booking, vrbo, other), and its name. */
  channel: string | null;
  feedName: string | null;
  note: string | null;
}

/**
 * Every live stay of the tenant's units that touches [from, to), in one read of the read model
 * (never one calendar object per unit), so a three-month chart of many units costs one query.
 */
export async function tapeChartStays(db: Database, tenantId: string, from: string, to: string): Promise<TapeChartStay[]> {
  const rows = await db
    .select({
      id: calendarStays.id,
      accommodationId: calendarStays.accommodationId,
      kind: calendarStays.kind,
      status: calendarStays.status,
      checkIn: calendarStays.checkIn,
      checkOut: calendarStays.checkOut,
      expiresAt: calendarStays.expiresAt,
      note: calendarStays.note,
      guestName: reservations.guestName,
      code: reservations.code,
      source: reservations.source,
      channel: icalFeeds.source,
      feedName: icalFeeds.name,
    })
    .from(calendarStays)
    .leftJoin(reservations, and(eq(reservations.id, calendarStays.id), eq(reservations.tenantId, tenantId)))
    .leftJoin(icalFeeds, and(eq(icalFeeds.id, calendarStays.feedId), eq(icalFeeds.tenantId, tenantId)))
    .where(
      and(
        eq(calendarStays.tenantId, tenantId),
        inArray(calendarStays.status, ["held", "confirmed", "active"]),
        lt(calendarStays.checkIn, to),
        gt(calendarStays.checkOut, from),
      ),
    )
    .orderBy(calendarStays.accommodationId, calendarStays.checkIn)
    .limit(5000)
    .all();
  return rows.map((row) => ({
    ...row,
    status: row.kind === "reservation" ? (row.status === "held" ? "held" : "confirmed") : "blocked",
    guestName: row.kind === "reservation" ? row.guestName : null,
    code: row.kind === "reservation" ? row.code : null,
    source: row.kind === "reservation" ? row.source : null,
    channel: row.kind === "imported" ? row.channel : null,
    feedName: row.kind === "imported" ? row.feedName : null,
  }));
}
