import { and, asc, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import { log } from "../../shared/log";
import { database, type Database } from "../platform/db/client";
import { conversations, messages } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { alertUndelivered, CLAIM_TIMEOUT_MS } from "./deliver-outbound";
import { deliveryQueue } from "./delivery-queue";

/**
 * Untouched this long, a pending message has no queue message left behind it: longer than a send
 * claim (2 min) and than the longest gap between the queue's retries (160 s at max_retries = 5).
 */
export const STUCK_AFTER_MS = 5 * 60_000;
/** A message the sweep had to rescue this often will not go by trying again; staff take over. */
export const MAX_SWEEP_REQUEUES = 5;
/** One run's share, so a backlog drains over several runs instead of flooding the queue. */
const SWEEP_LIMIT = 100;

/** Never a message that went (accepted and after) or was given up, nor one parked for a template. */
const PENDING = ["queued", "sending", "deferred"] as const;

/**
 * A pending outbound message nobody is going to send: a lost queue send, a claim left by a worker
 * that died, or a quiet-hours message whose delayed nudge never came. Deferred messages count from
 * when they are due, not from when they were parked.
 */
function stuckSince(cutoff: number): SQL {
  const lastMoved = sql`case when ${messages.status} = 'deferred' then coalesce(${messages.deferredUntil}, ${messages.updatedAt}, ${messages.createdAt}) else coalesce(${messages.updatedAt}, ${messages.createdAt}) end`;
  return and(eq(messages.direction, "out"), inArray(messages.status, [...PENDING]), lt(lastMoved, cutoff))!;
}

/**
 * The 15-minute sweep: re-queues stuck outbound messages, oldest first, and gives up (failed, staff
 * alerted) on one it has already rescued too often. It only ever queues: delivery still claims the
 * row, so the claim stays the one answer to "who sends". Each rescue is a conditional update, so two
 * sweeps at once cannot both take the same message. Answers the ids it re-queued.
 */
export async function requeueStuckOutbound(env: Env, now = Date.now(), { limit = SWEEP_LIMIT } = {}): Promise<string[]> {
  const db = database(env.DB);
  const stuck = stuckSince(now - Math.max(STUCK_AFTER_MS, CLAIM_TIMEOUT_MS));
  const givenUp = await giveUpOnRepeatedRescues(db, env, stuck, now, limit);

  const tooOften = sql`${messages.sweepRequeues} >= ${MAX_SWEEP_REQUEUES}`;
  const rescuable = and(stuck, sql`not (${tooOften})`)!;
  const oldest = db.select({ id: messages.id }).from(messages).where(rescuable).orderBy(asc(messages.createdAt)).limit(Math.max(0, limit - givenUp));
  const requeued = await db
    .update(messages)
    .set({ status: "queued", updatedAt: now, sweepRequeues: sql`${messages.sweepRequeues} + 1` })
    .where(and(inArray(messages.id, oldest), rescuable))
    .returning({ id: messages.id, tenantId: messages.tenantId, createdAt: messages.createdAt })
    .all();
  if (requeued.length === 0) return [];
  requeued.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  // Each message back on its carrier's queue: email keeps its own retry budget.
  const emailIds = new Set<string>();
  // In chunks: D1 binds at most 100 parameters per statement.
  for (let at = 0; at < requeued.length; at += 50) {
    const ids = requeued.slice(at, at + 50).map((m) => m.id);
    const rows = await db.select({ id: messages.id }).from(messages).innerJoin(conversations, eq(conversations.id, messages.conversationId)).where(and(inArray(messages.id, ids), eq(conversations.channel, "email"))).all();
    for (const row of rows) emailIds.add(row.id);
  }
  for (const channel of ["email", "whatsapp"] as const) {
    const batch = requeued.filter((m) => emailIds.has(m.id) === (channel === "email"));
    if (batch.length > 0) await deliveryQueue(env, channel).sendBatch(batch.map((m) => ({ body: { kind: "outbound" as const, tenantId: m.tenantId, messageId: m.id } })));
  }
  log("warn", "outbound_requeued", { count: requeued.length, messageIds: requeued.map((m) => m.id).slice(0, 20) });
  return requeued.map((m) => m.id);
}

/** Fails the stuck messages the sweep already re-queued MAX_SWEEP_REQUEUES times, and tells staff. */
async function giveUpOnRepeatedRescues(db: Database, env: Env, stuck: SQL, now: number, limit: number): Promise<number> {
  const exhausted = and(stuck, sql`${messages.sweepRequeues} >= ${MAX_SWEEP_REQUEUES}`)!;
  const oldest = db.select({ id: messages.id }).from(messages).where(exhausted).orderBy(asc(messages.createdAt)).limit(limit);
  const failed = await db
    .update(messages)
    .set({ status: "failed", error: sql`coalesce(${messages.error}, ${`Re-queued ${MAX_SWEEP_REQUEUES} times and never sent`})`, updatedAt: now })
    .where(and(inArray(messages.id, oldest), exhausted))
    .returning()
    .all();
  for (const message of failed) await alertUndelivered(db, env, message);
  if (failed.length > 0) log("warn", "outbound_given_up", { count: failed.length, messageIds: failed.map((m) => m.id).slice(0, 20) });
  return failed.length;
}
