import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Every verified provider notification, stored raw before it is acknowledged. The unique key
 * per provider event makes a redelivery a no-op, and stored events can be replayed.
 */
export const webhookEvents = sqliteTable(
  "webhook_events",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    provider: text("provider", { enum: ["stripe", "mercadopago", "whatsapp", "resend"] }).notNull(),
    providerEventId: text("provider_event_id").notNull(),
    eventType: text("event_type"),
    rawBody: text("raw_body").notNull(),
    query: text("query"),
    receivedAt: integer("received_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    deliveries: integer("deliveries").notNull().default(1),
    processedAt: integer("processed_at"),
    /** What processing concluded (confirmed, pending, needs_refund, ...), or `failed` when it needs a person. */
    outcome: text("outcome"),
    lastError: text("last_error"),
  },
  (t) => [
    uniqueIndex("webhook_events_provider_event_unique").on(t.tenantId, t.provider, t.providerEventId),
    index("webhook_events_tenant_idx").on(t.tenantId, t.receivedAt),
    index("webhook_events_unprocessed_idx").on(t.processedAt, t.receivedAt),
  ],
);
