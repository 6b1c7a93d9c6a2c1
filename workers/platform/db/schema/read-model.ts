import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The read model of every calendar object, written only by their outboxes. Searches read it in
 * one query; the calendar objects stay the source of truth.
 */
export const calendarStays = sqliteTable(
  "calendar_stays",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    accommodationId: text("accommodation_id").notNull(),
    kind: text("kind", { enum: ["reservation", "block", "imported"] }).notNull(),
    status: text("status", { enum: ["held", "confirmed", "expired", "cancelled", "active", "removed"] }).notNull(),
    checkIn: text("check_in").notNull(),
    checkOut: text("check_out").notNull(),
    expiresAt: integer("expires_at"),
    feedId: text("feed_id"),
    note: text("note"),
    version: integer("version").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("calendar_stays_accommodation_idx").on(t.accommodationId, t.checkIn), index("calendar_stays_tenant_idx").on(t.tenantId)],
);

/**
 * One row per occupied night. The primary key (accommodation, night) is the database's own
 * line of defence: even a bug elsewhere cannot put two stays on one night.
 */
export const calendarNights = sqliteTable(
  "calendar_nights",
  {
    tenantId: text("tenant_id").notNull(),
    accommodationId: text("accommodation_id").notNull(),
    night: text("night").notNull(),
    stayId: text("stay_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.accommodationId, t.night] }), index("calendar_nights_stay_idx").on(t.stayId)],
);

