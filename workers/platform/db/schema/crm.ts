import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * A tenant's CRM (HubSpot) and the adapter's state. `mode` is what the adapter does with a change:
 * `active` calls the provider; `deferred` (it kept failing) only stores the change until a probe
 * finds the provider back; `needs_attention` (the token was refused) stores until the owner acts.
 * The access token is sealed like every other provider secret and never leaves.
 */
export const crmConnections = sqliteTable(
  "crm_connections",
  {
    tenantId: text("tenant_id").primaryKey(),
    provider: text("provider", { enum: ["hubspot"] }).notNull(),
    accessTokenSealed: text("access_token_sealed").notNull(),
    mode: text("mode", { enum: ["active", "deferred", "needs_attention"] }).notNull().default("active"),
    failureStreak: integer("failure_streak").notNull().default(0),
    /** The first failed call after the last success. */
    failingSince: integer("failing_since"),
    lastSuccessAt: integer("last_success_at"),
    lastFailureAt: integer("last_failure_at"),
    lastError: text("last_error"),
    /** When the adapter stopped calling (deferred or needs_attention). */
    pausedSince: integer("paused_since"),
    /** While active and failing: no call before this (the retry's backoff). */
    retryAt: integer("retry_at"),
    /** While deferred: the next probe, pushed back after each failed one. */
    nextProbeAt: integer("next_probe_at"),
    probeAttempts: integer("probe_attempts").notNull().default(0),
    /** One flush per tenant at a time: whoever holds this sends, the others leave it to them. */
    flushLeaseUntil: integer("flush_lease_until"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("crm_connections_mode_idx").on(t.mode, t.nextProbeAt)],
);

/**
 * One row per guest: the guest's contact still owed to the CRM (`pending`) or the outcome of the
 * last send. A change to a guest already pending only bumps `revision` (coalesced: the contact is
 * built from the guest's state when it is sent) and keeps `queuedAt`, the order the backlog leaves in.
 * A send marks the row done only for the revision it sent, so a change made meanwhile goes too.
 */
export const crmSyncJobs = sqliteTable(
  "crm_sync_jobs",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    guestId: text("guest_id").notNull(),
    status: text("status", { enum: ["pending", "succeeded", "failed", "skipped"] }).notNull().default("pending"),
    revision: integer("revision").notNull().default(1),
    queuedAt: integer("queued_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastAttemptAt: integer("last_attempt_at"),
    responseStatus: integer("response_status"),
    latencyMs: integer("latency_ms"),
    lastError: text("last_error"),
    /** HubSpot's id of the contact, once it answered one. */
    contactId: text("contact_id"),
    succeededAt: integer("succeeded_at"),
  },
  (t) => [uniqueIndex("crm_sync_jobs_guest_unique").on(t.tenantId, t.guestId), index("crm_sync_jobs_pending_idx").on(t.tenantId, t.status, t.queuedAt)],
);
