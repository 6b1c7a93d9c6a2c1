import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { accommodations } from "./accommodations";
import { tenants } from "./tenancy";

/**
 * An OTA calendar imported into one accommodation, and the export URL handed back to that same
 * channel (which leaves out the nights this feed brought, so a channel never sees its own
 * bookings echoed back as blocks).
 */
export const icalFeeds = sqliteTable(
  "ical_feeds",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    accommodationId: text("accommodation_id").notNull().references(() => accommodations.id),
    source: text("source", { enum: ["airbnb", "booking", "vrbo", "other"] }).notNull(),
    name: text("name"),
    url: text("url"),
    /** AES-GCM sealed token of this channel's export URL. */
    exportTokenSealed: text("export_token_sealed").notNull(),
    etag: text("etag"),
    lastModified: text("last_modified"),
    lastSyncAt: integer("last_sync_at"),
    lastSuccessAt: integer("last_success_at"),
    lastStatus: text("last_status"),
    lastError: text("last_error"),
    /** The last miss as a code (network, timeout, not_icalendar, ...) for consoles to translate. */
    lastErrorCode: text("last_error_code"),
    eventCount: integer("event_count"),
    blockedNights: integer("blocked_nights"),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    deletedAt: integer("deleted_at"),
  },
  (t) => [index("ical_feeds_accommodation_idx").on(t.tenantId, t.accommodationId), index("ical_feeds_due_idx").on(t.deletedAt, t.lastSyncAt)],
);
