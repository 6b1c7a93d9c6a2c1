import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

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
 * One row per occupied night and stay. Reservations and manual blocks are exclusive: the partial
 * unique index on (accommodation, night) is the database's own line of defence, so even a bug
 * elsewhere cannot put two of them on one night. Nights an OTA blocks are layered under them
 * (not exclusive), so a night returns to blocked, never to free, when a stay over it ends.
 */
export const calendarNights = sqliteTable(
  "calendar_nights",
  {
    tenantId: text("tenant_id").notNull(),
    accommodationId: text("accommodation_id").notNull(),
    night: text("night").notNull(),
    stayId: text("stay_id").notNull(),
    exclusive: integer("exclusive", { mode: "boolean" }).notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.accommodationId, t.night, t.stayId] }),
    uniqueIndex("calendar_nights_exclusive_unique").on(t.accommodationId, t.night).where(sql`exclusive = 1`),
    index("calendar_nights_stay_idx").on(t.stayId),
  ],
);

