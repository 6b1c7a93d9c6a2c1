import { and, eq, sql } from "drizzle-orm";
import { log } from "../../shared/log";
import { planStep } from "../../shared/messaging/step-timing";
import type { Database } from "../platform/db/client";
import { accommodations, conversations, messages, messageSteps, messageTemplates, reservations, stepSchedule } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { DEFAULT_TIME_ZONE } from "../tenancy/tenants";
import { sendTemplateToGuest } from "./reach-guest";
import { moneyReceived } from "./money-received";
import type { ScheduleRow } from "./schedule";

/** A claimed row not finished within this long (a crash mid-send) is claimed again by a later sweep. */
export const STEP_CLAIM_MS = 2 * 60_000;
/** Rows per claim, claims per run, and rows fired at once within a claim. */
const ROWS_PER_SWEEP = 200;
const MAX_ROUNDS_PER_RUN = 10;
const FIRES_AT_ONCE = 8;
/** After this many claims that never finished, the step is failed rather than tried forever. */
const MAX_ATTEMPTS = 3;
/** A step found due this long after its time (the platform was down) is skipped: stale news confuses guests. */
const MAX_LATENESS_MS = 6 * 3_600_000;

export const stepDedupeKey = (stepId: string, reservationId: string) => `step:${stepId}:${reservationId}`;

/**
 * Claims due rows in one conditional UPDATE: two sweeps (or a sweep and a confirmation event)
 * running at once never claim the same row, and a row whose claim expired is taken again.
 */
async function claimDue(db: Database, now: number, reservationId?: string): Promise<ScheduleRow[]> {
  const scope = reservationId ? sql`AND reservation_id = ${reservationId}` : sql``;
  return db
    .update(stepSchedule)
    .set({ status: "sending", claimedUntil: now + STEP_CLAIM_MS, attempts: sql`${stepSchedule.attempts} + 1`, updatedAt: now })
    .where(
      sql`${stepSchedule.id} IN (SELECT id FROM step_schedule WHERE ((status = 'scheduled' AND due_at <= ${now}) OR (status = 'sending' AND claimed_until < ${now})) ${scope} ORDER BY due_at LIMIT ${ROWS_PER_SWEEP})`,
    )
    .returning()
    .all();
}

type Finish = { status: "sent"; channel: string; messageId: string } | { status: "skipped" | "failed"; reason: string } | { status: "scheduled"; dueAt: number };

async function finish(db: Database, row: ScheduleRow, outcome: Finish, now: number) {
  const fired = outcome.status === "scheduled" ? {} : { firedAt: now };
  await db
    .update(stepSchedule)
    .set({
      status: outcome.status,
      reason: "reason" in outcome ? outcome.reason : null,
      channel: "channel" in outcome ? outcome.channel : null,
      messageId: "messageId" in outcome ? outcome.messageId : null,
      ...("dueAt" in outcome ? { dueAt: outcome.dueAt } : {}),
      ...fired,
      claimedUntil: null,
      updatedAt: now,
    })
    // Only the claim that is still ours finishes the row.
    .where(and(eq(stepSchedule.id, row.id), eq(stepSchedule.status, "sending")));
}

/**
 * Fires one claimed step: re-reads the reservation (it may have changed since it was planned), and
 * hands the rendered template to the outbound pipeline under the key `step:<stepId>:<reservationId>`,
 * so a retry after a crash between sending and recording finds the message already there.
 */
async function fire(db: Database, env: Env, row: ScheduleRow, now: number): Promise<Finish> {
  const [reservation, step] = await Promise.all([
    db.select().from(reservations).where(and(eq(reservations.tenantId, row.tenantId), eq(reservations.id, row.reservationId))).get(),
    db.select().from(messageSteps).where(and(eq(messageSteps.tenantId, row.tenantId), eq(messageSteps.id, row.stepId))).get(),
  ]);
  if (!reservation || !step) return { status: "skipped", reason: "not_applicable" };
  // A worker that handed the message over and died before recording it: the message is the truth.
  const handedOver = await db
    .select({ id: messages.id, channel: conversations.channel })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.tenantId, row.tenantId), eq(messages.dedupeKey, stepDedupeKey(row.stepId, row.reservationId))))
    .get();
  if (handedOver) return { status: "sent", channel: handedOver.channel, messageId: handedOver.id };
  const unit = await db.select({ timezone: accommodations.timezone }).from(accommodations).where(eq(accommodations.id, reservation.accommodationId)).get();
  const paidAmount = await moneyReceived(db, row.tenantId, reservation.id);
  const plan = planStep(step, { ...reservation, paidAmount, confirmedAt: row.dueAt }, unit?.timezone ?? DEFAULT_TIME_ZONE, row.dueAt);
  if (!plan.due) return { status: "skipped", reason: plan.reason };
  // The reservation moved after this row was planned and its event is still on the way.
  if (plan.dueAt > now) return { status: "scheduled", dueAt: plan.dueAt };
  if (now - row.dueAt > MAX_LATENESS_MS) return { status: "skipped", reason: "too_late" };
  // A stay the assistant booked is confirmed in its own thread already (stay-confirmed.ts).
  if (step.kind === "confirmation" && reservation.conversationId) return { status: "skipped", reason: "confirmed_in_thread" };
  const template = await db.select().from(messageTemplates).where(and(eq(messageTemplates.tenantId, row.tenantId), eq(messageTemplates.id, step.templateId))).get();
  if (!template) return { status: "skipped", reason: "no_template" };
  const outcome = await sendTemplateToGuest(db, env, {
    reservation,
    template,
    preference: step.channels,
    dedupeKey: stepDedupeKey(step.id, reservation.id),
    author: "assistant",
    // The payment reminder is for a guest in the middle of booking, minutes before the hold lapses;
    // the confirmation answers a payment the guest just made and is waiting on, whatever the hour.
    urgent: step.kind === "hold_reminder" || step.kind === "confirmation",
    now,
  });
  return outcome.sent ? { status: "sent", channel: outcome.channel, messageId: outcome.messageId } : { status: "skipped", reason: outcome.reason };
}

export interface SweepReport {
  claimed: number;
  sent: number;
  skipped: number;
  failed: number;
}

/**
 * Sends every step that is due (all tenants, or one reservation's). Run by the 5-minute cron and
 * right after a reservation's schedule changes with a step due at once.
 */
export async function runDueSteps(db: Database, env: Env, options: { now?: number; reservationId?: string } = {}): Promise<SweepReport> {
  const now = options.now ?? Date.now();
  const report: SweepReport = { claimed: 0, sent: 0, skipped: 0, failed: 0 };
  // A busy morning (every arrival's instructions at 09:00) takes several claims: a run keeps claiming
  // until nothing is due, within a bound, rather than leaving the rest for the next run 5 minutes later.
  for (let round = 0; round < MAX_ROUNDS_PER_RUN; round++) {
    const claimed = await claimDue(db, now, options.reservationId);
    if (claimed.length === 0) break;
    report.claimed += claimed.length;
    // Rows are independent (one reservation and step each); a few go at once.
    for (let i = 0; i < claimed.length; i += FIRES_AT_ONCE) {
      await Promise.all(claimed.slice(i, i + FIRES_AT_ONCE).map((row) => fireAndRecord(db, env, row, now, report)));
    }
  }
  if (report.claimed > 0) log("info", "scheduled_steps_run", { ...report });
  return report;
}

async function fireAndRecord(db: Database, env: Env, row: ScheduleRow, now: number, report: SweepReport) {
  let outcome: Finish;
  try {
    outcome = await fire(db, env, row, now);
  } catch (error) {
    log("error", "scheduled_step_failed", { tenantId: row.tenantId, reservationId: row.reservationId, stepId: row.stepId, attempts: row.attempts, error: String(error) });
    // Left claimed: a later sweep takes it again once the claim ends, and the dedupe key keeps it to one message.
    if (row.attempts < MAX_ATTEMPTS) return;
    outcome = { status: "failed", reason: "send_failed" };
  }
  await finish(db, row, outcome, now);
  if (outcome.status === "sent") report.sent++;
  else if (outcome.status === "skipped") report.skipped++;
  else if (outcome.status === "failed") report.failed++;
}
