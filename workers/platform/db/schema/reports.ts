import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Reports read these rows, never every reservation: one row per unit, day, source and currency,
 * every column a sum, so any range, unit or source is one indexed aggregate. They are derived
 * from the read model only (shared/reports/daily-rows.ts): the calendar outbox's batch recomputes
 * the days each change touches, and a rebuild recomputes them all, with the same SQL.
 *
 * Night columns count the nights of `day`; arrival columns count reservations whose check-in is
 * `day`. Blocks and imported nights carry source and currency ''.
 */
export const reportDaily = sqliteTable(
  "report_daily",
  {
    tenantId: text("tenant_id").notNull(),
    accommodationId: text("accommodation_id").notNull(),
    day: text("day").notNull(),
    source: text("source").notNull(),
    currency: text("currency").notNull(),
    /** Nights of confirmed reservations. */
    soldNights: integer("sold_nights").notNull().default(0),
    /** Their share of the stay's total: the total spread evenly over its nights, the remainder on the first ones. */
    roomRevenue: integer("room_revenue").notNull().default(0),
    /** Nights the owner blocked by hand (not for sale). */
    blockedNights: integer("blocked_nights").notNull().default(0),
    /** Nights a channel's calendar (iCal import) blocks and no Posada stay or block takes. */
    channelNights: integer("channel_nights").notNull().default(0),
    /** Reservations arriving this day, whatever became of them. */
    reservations: integer("reservations").notNull().default(0),
    /** Of those, confirmed ones, their nights and days booked ahead. */
    arrivals: integer("arrivals").notNull().default(0),
    arrivalNights: integer("arrival_nights").notNull().default(0),
    leadDays: integer("lead_days").notNull().default(0),
    /** Cancelled after being paid (a hold released unpaid is not a cancellation). */
    cancellations: integer("cancellations").notNull().default(0),
    /** Holds that ran out unpaid (expired, or paid too late and left needing a refund). */
    lapsedHolds: integer("lapsed_holds").notNull().default(0),
    /** Money received net of money given back, for reservations arriving this day. */
    depositsCollected: integer("deposits_collected").notNull().default(0),
    /** What confirmed stays arriving this day still owe. */
    balanceOutstanding: integer("balance_outstanding").notNull().default(0),
  },
  // Tenant and day first: every report is a range of days of one tenant. The migration makes the
  // table WITHOUT ROWID (drizzle cannot say so), so a range is one contiguous read of the key.
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.accommodationId, t.source, t.currency] })],
);

/**
 * Day ranges whose report rows must be recomputed: written by the read-model batch of the change
 * that touched them, emptied by the recompute (before a report reads, and by the cron).
 */
export const reportRefresh = sqliteTable(
  "report_refresh",
  {
    tenantId: text("tenant_id").notNull(),
    accommodationId: text("accommodation_id").notNull(),
    fromDay: text("from_day").notNull(),
    toDay: text("to_day").notNull(),
  },
  // Every read of the marks is one tenant's.
  (t) => [index("report_refresh_tenant_idx").on(t.tenantId)],
);
