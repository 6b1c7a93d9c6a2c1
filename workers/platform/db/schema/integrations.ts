import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * A partner's endpoint for signed outbound webhooks (Standard Webhooks). The signing secret is
 * sealed like every other secret; after a rotation the previous one keeps signing beside the new
 * one until `previousSecretExpiresAt`, so a partner can switch without missing a delivery.
 * `failingSince` is the first failed attempt after the last success: five days of it disable the
 * subscription.
 */
export const webhookSubscriptions = sqliteTable(
  "webhook_subscriptions",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    url: text("url").notNull(),
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    description: text("description"),
    secretSealed: text("secret_sealed").notNull(),
    previousSecretSealed: text("previous_secret_sealed"),
    previousSecretExpiresAt: integer("previous_secret_expires_at"),
    status: text("status", { enum: ["active", "disabled"] }).notNull().default("active"),
    disabledReason: text("disabled_reason"),
    failingSince: integer("failing_since"),
    failureStreak: integer("failure_streak").notNull().default(0),
    lastSuccessAt: integer("last_success_at"),
    lastFailureAt: integer("last_failure_at"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("webhook_subscriptions_tenant_idx").on(t.tenantId, t.status)],
);

/**
 * One event for one subscription: the idempotency record of at-least-once delivery. The unique
 * (subscription, event key) makes a redelivered domain event publish once; a queue message for a
 * row already delivered, or claimed by another attempt, does nothing. Its id is the `webhook-id`.
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    subscriptionId: text("subscription_id").notNull(),
    eventType: text("event_type").notNull(),
    eventKey: text("event_key").notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: ["pending", "succeeded", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at"),
    claimedUntil: integer("claimed_until"),
    lastAttemptAt: integer("last_attempt_at"),
    responseStatus: integer("response_status"),
    latencyMs: integer("latency_ms"),
    responseExcerpt: text("response_excerpt"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    succeededAt: integer("succeeded_at"),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_event_unique").on(t.subscriptionId, t.eventKey),
    index("webhook_deliveries_subscription_idx").on(t.subscriptionId, t.createdAt),
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

/**
 * The last state of a subject (a reservation, a payment) published as an event, so a state seen
 * again (a redelivered outbox event) publishes nothing and a late, older one is ignored.
 */
export const publishedStates = sqliteTable(
  "published_states",
  {
    tenantId: text("tenant_id").notNull(),
    subjectId: text("subject_id").notNull(),
    state: text("state").notNull(),
    version: integer("version").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.subjectId] })],
);

/**
 * Every change made by a staff member or a partner key: append-only (nothing updates a row),
 * kept one year. `changes` never holds a secret: writers redact before they record.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    at: integer("at").notNull(),
    actorType: text("actor_type", { enum: ["user", "api_key"] }).notNull(),
    actorId: text("actor_id").notNull(),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    changes: text("changes", { mode: "json" }).$type<Record<string, unknown>>(),
    ip: text("ip"),
    requestId: text("request_id"),
  },
  (t) => [index("audit_log_tenant_at_idx").on(t.tenantId, t.at), index("audit_log_at_idx").on(t.at)],
);
