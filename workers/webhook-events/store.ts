import { and, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { webhookEvents } from "../platform/db/schema";
import { notFound } from "../platform/errors";

export type WebhookEventRow = typeof webhookEvents.$inferSelect;

export interface IncomingEvent {
  tenantId: string;
  provider: "stripe" | "mercadopago" | "whatsapp" | "resend";
  providerEventId: string;
  eventType: string | null;
  rawBody: string;
  query?: string | null;
}

/**
 * Stores a verified event once. A redelivery only counts itself (`deliveries`), so a provider
 * sending the same event five times leaves one row, and `firstDelivery` tells the caller whether to process it.
 */
export async function storeWebhookEvent(db: Database, event: IncomingEvent): Promise<{ id: string; firstDelivery: boolean; settled: boolean }> {
  const row = await db
    .insert(webhookEvents)
    .values({ id: newId("evt"), ...event, query: event.query ?? null })
    .onConflictDoUpdate({
      target: [webhookEvents.tenantId, webhookEvents.provider, webhookEvents.providerEventId],
      set: { deliveries: sql`${webhookEvents.deliveries} + 1` },
    })
    .returning({ id: webhookEvents.id, deliveries: webhookEvents.deliveries, processedAt: webhookEvents.processedAt, outcome: webhookEvents.outcome })
    .get();
  // Settled: processed, or parked as `failed` for a person. Anything else still needs a queue message.
  return { id: row.id, firstDelivery: row.deliveries === 1, settled: row.processedAt !== null || row.outcome === "failed" };
}

export async function getWebhookEvent(db: Database, tenantId: string, id: string) {
  const row = await db.select().from(webhookEvents).where(and(eq(webhookEvents.tenantId, tenantId), eq(webhookEvents.id, id))).get();
  if (!row) throw notFound("Webhook event");
  return row;
}

/** The tenant's stored events, newest first (bodies included: they carry ids, never secrets). */
export async function listWebhookEvents(db: Database, tenantId: string, limit = 100) {
  return db
    .select()
    .from(webhookEvents)
    .where(eq(webhookEvents.tenantId, tenantId))
    .orderBy(desc(webhookEvents.receivedAt))
    .limit(limit)
    .all();
}

/** The stored event a queue message names, only within its tenant; null when there is none. */
export async function findWebhookEvent(db: Database, tenantId: string, id: string): Promise<WebhookEventRow | null> {
  return (await db.select().from(webhookEvents).where(and(eq(webhookEvents.tenantId, tenantId), eq(webhookEvents.id, id))).get()) ?? null;
}

/** Marks an event done with its outcome (WhatsApp delivery statuses are done on arrival). */
export async function markEventProcessed(db: Database, id: string, outcome: string) {
  await db.update(webhookEvents).set({ processedAt: Date.now(), outcome, lastError: null }).where(eq(webhookEvents.id, id));
}

/** Records why processing failed; `failed` marks an event that retrying will not fix. */
export async function recordEventFailure(db: Database, eventId: string, error: unknown, permanent: boolean) {
  const message = error instanceof Error ? error.message : String(error);
  await db
    .update(webhookEvents)
    .set({ lastError: message.slice(0, 500), ...(permanent ? { outcome: "failed" } : {}) })
    .where(eq(webhookEvents.id, eventId));
}

/** Payment notifications stored before `cutoff` and still unprocessed: a queue that is not draining. */
export async function paymentEventBacklog(db: Database, cutoff: number): Promise<number> {
  const row = await db
    .select({ backlog: sql<number>`count(*)` })
    .from(webhookEvents)
    .where(and(isNull(webhookEvents.processedAt), isNull(webhookEvents.outcome), inArray(webhookEvents.provider, ["stripe", "mercadopago"]), lt(webhookEvents.receivedAt, cutoff)))
    .get();
  return row?.backlog ?? 0;
}
