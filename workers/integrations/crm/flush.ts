import { and, asc, eq, isNull, lte, or, sql } from "drizzle-orm";
import { log } from "../../../shared/log";
import type { Database } from "../../platform/db/client";
import { crmConnections, crmSyncJobs } from "../../platform/db/schema";
import type { Config } from "../../platform/env";
import { recordMetric, type MetricsEnv } from "../../platform/metrics";
import type { AlertInput } from "../../alerts/alerts";
import { contactFor, CUSTOM_PROPERTIES, type ContactPlan } from "./contact-properties";
import { enqueueCrmFlush, type CrmQueueEnv } from "./crm-queue";
import { hubspotClient } from "./connection";
import { createContactProperties, upsertContactByPhone, upsertContactsByEmail, type HubSpotAnswer, type HubSpotClient } from "./hubspot-api";
import { recordCrmFailure, recordCrmSuccess, recordCrmTokenRefused } from "./modes";

/** HubSpot's batch limit: at most 100 contacts per upsert. */
export const FLUSH_BATCH = 100;
/** A flush holds the tenant's lease this long; one that died mid-way leaves it to the next message after. */
const LEASE_MS = 60_000;

export type FlushEnv = CrmQueueEnv & MetricsEnv;
export type FlushOutcome =
  /** Not now: the adapter is paused, backing off, or another flush holds the lease. */
  | { kind: "skipped" }
  | { kind: "flushed"; sent: number; more: boolean }
  | { kind: "retry_scheduled"; delaySeconds: number }
  | { kind: "deferred" }
  /** The token was refused; `alert` is for the owner when this flush is the one that paused the adapter. */
  | { kind: "needs_attention"; alert: AlertInput | null };

type Job = typeof crmSyncJobs.$inferSelect;
type Failure = { kind: "transient" | "token_refused" | "refused_data"; status: number | null; error: string };

/**
 * Sends the tenant's oldest pending contacts (up to FLUSH_BATCH), in the order they were queued.
 * Only an active adapter calls the provider, and only one flush per tenant at a time (a lease on
 * the connection), so a backlog leaves once. A job is marked sent only for the revision that was
 * sent; when more is pending afterwards, another flush is queued. Failures are the adapter's:
 * passing ones retry with backoff and then defer, a refused token pauses it for the owner.
 */
export async function flushCrm(db: Database, env: FlushEnv, config: Config, tenantId: string, options: { now?: number } = {}): Promise<FlushOutcome> {
  const now = options.now ?? Date.now();
  const lease = await db
    .update(crmConnections)
    .set({ flushLeaseUntil: now + LEASE_MS })
    .where(
      and(
        eq(crmConnections.tenantId, tenantId),
        eq(crmConnections.mode, "active"),
        or(isNull(crmConnections.flushLeaseUntil), lte(crmConnections.flushLeaseUntil, now)),
        or(isNull(crmConnections.retryAt), lte(crmConnections.retryAt, now)),
      ),
    )
    .returning()
    .get();
  if (!lease) return { kind: "skipped" };

  let outcome: FlushOutcome;
  try {
    outcome = await sendBatch(db, env, config, lease, now);
  } finally {
    await db.update(crmConnections).set({ flushLeaseUntil: null }).where(eq(crmConnections.tenantId, tenantId));
  }
  if (outcome.kind === "flushed" && outcome.more) await enqueueCrmFlush(env, tenantId);
  return outcome;
}

async function sendBatch(db: Database, env: FlushEnv, config: Config, connection: typeof crmConnections.$inferSelect, now: number): Promise<FlushOutcome> {
  const tenantId = connection.tenantId;
  const jobs = await pendingJobs(db, tenantId, FLUSH_BATCH);
  if (jobs.length === 0) return { kind: "flushed", sent: 0, more: false };
  const client = await hubspotClient(config, connection);
  // Until a first success, the account may lack Posada's properties: created first (best effort;
  // an account refusing them shows up as refused contacts, with HubSpot's words, in the health).
  if (connection.lastSuccessAt === null) await createContactProperties(client, CUSTOM_PROPERTIES);
  const planned = await Promise.all(jobs.map(async (job) => ({ job, plan: await contactFor(db, tenantId, job.guestId) })));

  for (const { job, plan } of planned) if (plan.kind === "skip") await finishJob(db, job, { status: "skipped", lastError: plan.reason, lastAttemptAt: now });

  const byEmail = planned.filter((p): p is { job: Job; plan: Extract<ContactPlan, { kind: "email" }> } => p.plan.kind === "email");
  let failure: Failure | null = null;
  let sent = 0;
  if (byEmail.length > 0) {
    const answer = await upsertContactsByEmail(client, byEmail.map((p) => ({ email: p.plan.email, properties: p.plan.properties })));
    recordMetric(env, "crm_sync", { tenantId, route: "hubspot.batch_upsert", outcome: answer.ok ? "ok" : "failed", status: answer.status ?? 0, latencyMs: answer.latencyMs, value: byEmail.length });
    if (answer.ok) {
      const contacts = new Map(answer.body.results.map((r) => [String(r.properties?.email ?? "").toLowerCase(), r.id]));
      const refusal = answer.body.errors?.map((e) => e.message).find(Boolean) ?? "refused by HubSpot";
      for (const { job, plan } of byEmail) {
        const contactId = contacts.get(plan.email.toLowerCase());
        // A 207 lists the inputs HubSpot took; the others were refused for their data.
        const taken = contactId !== undefined || (answer.status === 200 && !answer.body.errors?.length);
        await finishJob(db, job, taken ? { status: "succeeded", contactId: contactId ?? null, succeededAt: now, ...attempt(answer, now) } : { status: "failed", ...attempt(answer, now), lastError: refusal.slice(0, 300) });
        if (taken) sent++;
      }
    } else {
      failure = classify(answer);
      await recordAttempt(db, byEmail.map((p) => p.job), answer, now);
      if (failure.kind === "refused_data") for (const { job } of byEmail) await finishJob(db, job, { status: "failed", ...attempt(answer, now) });
    }
  }

  for (const { job, plan } of planned) {
    if (plan.kind !== "phone" || (failure && failure.kind !== "refused_data")) continue;
    const answer = await upsertContactByPhone(client, plan.phone, plan.properties);
    recordMetric(env, "crm_sync", { tenantId, route: "hubspot.phone_upsert", outcome: answer.ok ? "ok" : "failed", status: answer.status ?? 0, latencyMs: answer.latencyMs, value: 1 });
    if (answer.ok) {
      await finishJob(db, job, { status: "succeeded", contactId: answer.body.id, succeededAt: now, ...attempt(answer, now) });
      sent++;
      continue;
    }
    const verdict = classify(answer);
    await recordAttempt(db, [job], answer, now);
    if (verdict.kind === "refused_data") await finishJob(db, job, { status: "failed", ...attempt(answer, now) });
    else failure = verdict;
  }

  if (failure?.kind === "token_refused") {
    return { kind: "needs_attention", alert: await recordCrmTokenRefused(db, tenantId, now, failure.status ?? 401) };
  }
  if (failure?.kind === "transient") {
    const verdict = await recordCrmFailure(db, tenantId, now, failure.error);
    log("warn", "crm_sync_failed", { tenantId, status: failure.status, error: failure.error, verdict: verdict.kind });
    if (verdict.kind === "retry") {
      await enqueueCrmFlush(env, tenantId, verdict.delaySeconds);
      return { kind: "retry_scheduled", delaySeconds: verdict.delaySeconds };
    }
    return verdict.kind === "deferred" ? { kind: "deferred" } : { kind: "skipped" };
  }
  // The provider answered (even when it refused some contacts' data): it is up.
  await recordCrmSuccess(db, tenantId, now);
  const more = (await pendingJobs(db, tenantId, 1)).length > 0;
  log("info", "crm_sync_flushed", { tenantId, sent, more });
  return { kind: "flushed", sent, more };
}

function pendingJobs(db: Database, tenantId: string, limit: number) {
  return db
    .select()
    .from(crmSyncJobs)
    .where(and(eq(crmSyncJobs.tenantId, tenantId), eq(crmSyncJobs.status, "pending")))
    .orderBy(asc(crmSyncJobs.queuedAt), asc(crmSyncJobs.id))
    .limit(limit)
    .all();
}

/** 401/403: the token; 429, 5xx and no answer: the provider, for now; any other 4xx: this data. */
function classify(answer: Extract<HubSpotAnswer<unknown>, { ok: false }>): Failure {
  if (answer.status === 401 || answer.status === 403) return { kind: "token_refused", status: answer.status, error: answer.error };
  if (answer.status === null || answer.status === 429 || answer.status >= 500) return { kind: "transient", status: answer.status, error: answer.error };
  return { kind: "refused_data", status: answer.status, error: answer.error };
}

const attempt = (answer: HubSpotAnswer<unknown>, now: number) => ({
  lastAttemptAt: now,
  responseStatus: answer.status,
  latencyMs: answer.latencyMs,
  lastError: answer.ok ? null : answer.error,
});

/** A failed call leaves its jobs pending (they go again), with what happened. */
async function recordAttempt(db: Database, jobs: Job[], answer: HubSpotAnswer<unknown>, now: number): Promise<void> {
  for (const job of jobs) {
    await db
      .update(crmSyncJobs)
      .set({ attempts: sql`${crmSyncJobs.attempts} + 1`, ...attempt(answer, now) })
      .where(eq(crmSyncJobs.id, job.id));
  }
}

/** Closes a job for the revision that was sent; a change made meanwhile keeps it pending. */
async function finishJob(db: Database, job: Job, set: Partial<Job>): Promise<void> {
  const { status, ...rest } = set;
  const closed = await db
    .update(crmSyncJobs)
    .set({ ...rest, status, attempts: sql`${crmSyncJobs.attempts} + 1` })
    .where(and(eq(crmSyncJobs.id, job.id), eq(crmSyncJobs.revision, job.revision)))
    .returning({ id: crmSyncJobs.id })
    .get();
  if (!closed) {
    await db
      .update(crmSyncJobs)
      .set({ ...rest, attempts: sql`${crmSyncJobs.attempts} + 1` })
      .where(eq(crmSyncJobs.id, job.id));
  }
}
