import { and, eq, sql } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { payments, reservations } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { handPaymentTroubleToStaff, sendConfirmation } from "../guest-messaging/assistant/confirmation";
import { publishLive } from "../platform/live/publish";
import { raiseAlert } from "../alerts/alerts";
import { calendarOf } from "../bookings/calendar";
import type { PaymentStatus, ProviderName, ProviderPayment } from "./provider";

export type PaymentOutcome =
  | "confirmed"
  | "already_confirmed"
  | "pending"
  | "rejected"
  | "refunded"
  | "amount_mismatch"
  | "needs_refund"
  | "unknown_reference"
  | "test_payment_ignored";

/** Later states win: a `pending` fetched after `approved` (a slow replica, a stale retry) never undoes it. */
const RANK: Record<PaymentStatus, number> = { pending: 0, cancelled: 0, rejected: 1, approved: 2, refunded: 3 };

/**
 * Applies one payment, as fetched from the provider, to its reservation. Every step is safe to
 * repeat: the payment row is keyed by the provider's id, the calendar's confirm is idempotent and
 * alerts are deduplicated, so five deliveries (or a crash and a retry) confirm exactly once.
 */
export async function applyPayment(
  db: Database,
  env: Env,
  tenantId: string,
  provider: ProviderName,
  payment: ProviderPayment,
  { production }: { production: boolean },
): Promise<PaymentOutcome> {
  const reservation = payment.reference
    ? await db.select().from(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.code, payment.reference))).get()
    : undefined;
  if (!reservation || reservation.status === "pending") {
    await raiseAlert(db, env, tenantId, {
      kind: "payment_unmatched",
      severity: "critical",
      subjectType: "payment",
      subjectId: payment.providerPaymentId,
      message: `A ${provider} payment (${payment.providerPaymentId}) names no reservation of yours (reference ${payment.reference ?? "missing"}); check it in ${provider}.`,
      dedupeKey: `payment_unmatched:${provider}:${payment.providerPaymentId}`,
    });
    return "unknown_reference";
  }
  if (production && !payment.live) return "test_payment_ignored";

  const stored = await recordPayment(db, tenantId, reservation.id, provider, payment);
  const subject = { subjectType: "reservation", subjectId: reservation.id };

  switch (stored.status as PaymentStatus) {
    case "pending":
    case "cancelled":
      return "pending";
    case "refunded":
      return "refunded";
    case "rejected": {
      const rejected = await db
        .select({ count: sql<number>`count(*)` })
        .from(payments)
        .where(and(eq(payments.tenantId, tenantId), eq(payments.reservationId, reservation.id), eq(payments.status, "rejected")))
        .get();
      if ((rejected?.count ?? 0) >= 2) {
        await raiseAlert(db, env, tenantId, {
          kind: "payment_rejected_twice",
          severity: "warning",
          ...subject,
          message: `Two payments for ${reservation.code} were rejected; the guest may need help paying.`,
          dedupeKey: `payment_rejected_twice:${reservation.id}`,
        });
        await handPaymentTroubleToStaff(db, env, reservation);
      }
      return "rejected";
    }
    case "approved":
      break;
  }

  const paid = payment.amount;
  if (paid === null || payment.currency !== reservation.currency || paid < reservation.depositAmount) {
    await flagPayment(db, stored.id, "amount_mismatch");
    await raiseAlert(db, env, tenantId, {
      kind: "payment_amount_mismatch",
      severity: "critical",
      ...subject,
      message: `${reservation.code} expected ${reservation.depositAmount} ${reservation.currency} (minor units) but ${provider} reports ${paid ?? "an unreadable amount"} ${payment.currency}; it was not confirmed.`,
      dedupeKey: `payment_amount_mismatch:${provider}:${payment.providerPaymentId}`,
    });
    return "amount_mismatch";
  }

  const result = await calendarOf(env, reservation.accommodationId).confirm({ reservationId: reservation.id, allowLate: true });
  if (result.ok) {
    await db
      .update(reservations)
      .set({ status: "confirmed", expiresAt: null, updatedAt: Date.now() })
      .where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, reservation.id)));
    if (result.alreadyConfirmed) return "already_confirmed";
    // Only the run that confirmed tells the guest, so five deliveries send one message.
    await sendConfirmation(db, env, reservation);
    return "confirmed";
  }

  // The money is here but the nights are not (taken after the hold lapsed, or the stay was
  // cancelled): never drop it silently.
  await flagPayment(db, stored.id, "needs_refund");
  await db
    .update(reservations)
    .set({ status: "needs_refund", expiresAt: null, updatedAt: Date.now() })
    .where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, reservation.id)));
  await publishLive(env, tenantId, { type: "reservation.changed", reservationId: reservation.id, accommodationId: reservation.accommodationId, status: "needs_refund" });
  await raiseAlert(db, env, tenantId, {
    kind: "payment_needs_refund",
    severity: "critical",
    ...subject,
    message: `${reservation.code} was paid through ${provider} (${payment.providerPaymentId}) after its nights were no longer available; refund or rebook the guest.`,
    dedupeKey: `payment_needs_refund:${provider}:${payment.providerPaymentId}`,
  });
  return "needs_refund";
}

async function recordPayment(db: Database, tenantId: string, reservationId: string, provider: ProviderName, payment: ProviderPayment) {
  const now = Date.now();
  const row = await db
    .insert(payments)
    .values({
      id: newId("pay"),
      tenantId,
      reservationId,
      provider,
      method: payment.method,
      amount: payment.amount ?? 0,
      currency: payment.currency,
      status: payment.status,
      reference: payment.reference,
      providerPaymentId: payment.providerPaymentId,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [payments.tenantId, payments.provider, payments.providerPaymentId],
      set: {
        // Only a later state replaces the stored one (see RANK).
        status: sql`CASE WHEN ${rankSql(sql`excluded.status`)} >= ${rankSql(sql`${payments.status}`)} THEN excluded.status ELSE ${payments.status} END`,
        amount: sql`excluded.amount`,
        updatedAt: now,
      },
    })
    .returning()
    .get();
  return row;
}

function rankSql(column: ReturnType<typeof sql>) {
  const cases = Object.entries(RANK).map(([status, rank]) => sql`WHEN ${status} THEN ${rank}`);
  return sql`(CASE ${column} ${sql.join(cases, sql` `)} ELSE 0 END)`;
}

async function flagPayment(db: Database, paymentId: string, flag: string) {
  await db.update(payments).set({ flag }).where(eq(payments.id, paymentId));
}
