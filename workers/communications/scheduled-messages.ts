import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { messages, messageSteps, reservations, stepSchedule } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { getReservation } from "../bookings/reservations";

export type PublicStepStatus = "scheduled" | "sent" | "skipped" | "failed";

/** A message that never reached the guest (refused, or parked for want of an approved template) is failed. */
const UNDELIVERED = new Set(["failed", "needs_template"]);

/** A reservation's steps: what is scheduled (and when), what went, what was skipped and why. */
export async function scheduledMessagesOf(db: Database, env: Env, tenantId: string, reservationId: string) {
  const mirrored = await db.select({ id: reservations.id }).from(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, reservationId))).get();
  // Not in the read model yet (made a moment ago): its calendar answers, or 404s another tenant's id.
  if (!mirrored) await getReservation(db, env, tenantId, reservationId);
  const rows = await db
    .select({ row: stepSchedule, kind: messageSteps.kind, messageStatus: messages.status })
    .from(stepSchedule)
    .innerJoin(messageSteps, eq(messageSteps.id, stepSchedule.stepId))
    .leftJoin(messages, eq(messages.id, stepSchedule.messageId))
    .where(and(eq(stepSchedule.tenantId, tenantId), eq(stepSchedule.reservationId, reservationId)))
    .orderBy(asc(stepSchedule.dueAt))
    .all();
  return rows.map(({ row, kind, messageStatus }) => {
    const status: PublicStepStatus = row.status === "sending" ? "scheduled" : row.status === "sent" && messageStatus && UNDELIVERED.has(messageStatus) ? "failed" : row.status;
    return {
      stepId: row.stepId,
      stepKind: kind,
      dueAt: new Date(row.dueAt).toISOString(),
      status,
      channel: row.channel,
      reason: row.reason ?? (status === "failed" && messageStatus ? messageStatus : null),
      messageId: row.messageId,
      messageStatus: messageStatus ?? null,
    };
  });
}

/** For the console: each step's next sends across the tenant's reservations (soonest first). */
export async function upcomingSends(db: Database, tenantId: string, now: number, perStep = 3) {
  const rows = await db
    .select({ stepId: stepSchedule.stepId, dueAt: stepSchedule.dueAt, reservationId: stepSchedule.reservationId, code: reservations.code, guestName: reservations.guestName })
    .from(stepSchedule)
    .innerJoin(reservations, eq(reservations.id, stepSchedule.reservationId))
    .where(and(eq(stepSchedule.tenantId, tenantId), eq(stepSchedule.status, "scheduled")))
    .orderBy(asc(stepSchedule.dueAt))
    .limit(500)
    .all();
  const byStep = new Map<string, { dueAt: string; reservationId: string; code: string; guestName: string }[]>();
  for (const row of rows) {
    if (row.dueAt < now - 3_600_000) continue;
    const list = byStep.get(row.stepId) ?? [];
    if (list.length < perStep) list.push({ dueAt: new Date(row.dueAt).toISOString(), reservationId: row.reservationId, code: row.code, guestName: row.guestName });
    byStep.set(row.stepId, list);
  }
  return byStep;
}
