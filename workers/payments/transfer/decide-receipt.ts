import { and, eq, isNull, ne } from "drizzle-orm";
import { guestTime, TRANSFER_MESSAGES, type GuestLang, type RejectionReason } from "../../../shared/transfer/guest-messages";
import { resolveAlert } from "../../alerts/alerts";
import { confirmByHand } from "../../bookings/confirm-stay";
import { getReservation, type Reservation } from "../../bookings/reservations";
import { clearReceipt } from "../../bookings/transfer-receipt-state";
import { queueOutbound } from "../../guest-messaging/outbound";
import type { Database } from "../../platform/db/client";
import { alerts, conversations, transferReceipts } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { tenantTimeZone } from "../../tenancy/tenants";
import { receiptAlertKey } from "./receive-receipt";
import { getReceipt, type ReceiptRow } from "./receipts";

/**
 * Staff saw the money arrive: the deposit is recorded as a transfer through the one confirm path
 * (the calendar object confirms and the guest hears of it once, through its outbox). The receipt
 * is claimed first, so a rejection racing this confirmation finds it decided; a retry after a
 * crash finds it confirmed and records the payment (idempotently) again.
 */
export async function confirmReceipt(db: Database, env: Env, tenantId: string, receiptId: string, decidedBy: string): Promise<{ receipt: ReceiptRow; reservation: Reservation }> {
  const receipt = await getReceipt(db, tenantId, receiptId);
  if (receipt.status === "rejected") throw new AppError(409, "receipt_rejected", "This receipt was rejected; the guest can send another");
  const claimed = receipt.status === "pending" ? await claim(db, receipt, { status: "confirmed", decidedBy, decidedAt: Date.now() }) : receipt;
  if (!claimed || claimed.status === "rejected") throw new AppError(409, "receipt_rejected", "This receipt was rejected meanwhile");
  const held = await getReservation(db, env, tenantId, receipt.reservationId);
  let reservation: Reservation;
  try {
    reservation = await confirmByHand(env, tenantId, receipt.reservationId, {
      amount: { amount: held.depositAmount, currency: held.currency },
      method: "transfer",
      reference: `receipt ${receipt.id}`,
      recordedBy: decidedBy,
      override: false,
      paidWhileHeld: receipt.holdLive,
    });
  } catch (error) {
    // Nothing was recorded (the nights went to someone else, say): staff may still reject it.
    if (receipt.status === "pending") await db.update(transferReceipts).set({ status: "pending", decidedBy: null, decidedAt: null }).where(eq(transferReceipts.id, receipt.id));
    throw error;
  }
  // Other receipts the guest sent for the same deposit are settled by the same payment.
  await db
    .update(transferReceipts)
    .set({ status: "confirmed", decidedBy, decidedAt: Date.now() })
    .where(and(eq(transferReceipts.tenantId, tenantId), eq(transferReceipts.reservationId, receipt.reservationId), eq(transferReceipts.status, "pending")));
  await resolveReceiptAlerts(db, env, tenantId, receipt.reservationId);
  return { receipt: await getReceipt(db, tenantId, receiptId), reservation };
}

/**
 * Staff could not match the receipt to money in the account: the guest is told why, in their
 * language, and the hold awaits payment again until it expires (another receipt may follow).
 */
export async function rejectReceipt(
  db: Database,
  env: Env,
  tenantId: string,
  receiptId: string,
  decision: { reason: RejectionReason; note: string | null; decidedBy: string },
): Promise<{ receipt: ReceiptRow; reservation: Reservation }> {
  const receipt = await getReceipt(db, tenantId, receiptId);
  if (receipt.status === "confirmed") throw new AppError(409, "receipt_confirmed", "This receipt was already confirmed");
  const decided =
    receipt.status === "pending"
      ? await claim(db, receipt, { status: "rejected", rejectReason: decision.reason, rejectNote: decision.note, decidedBy: decision.decidedBy, decidedAt: Date.now() })
      : receipt;
  if (!decided || decided.status === "confirmed") throw new AppError(409, "receipt_confirmed", "This receipt was confirmed meanwhile");

  // Another receipt still waiting keeps the hold marked; staff decide that one on its own.
  const otherPending = await db
    .select({ id: transferReceipts.id })
    .from(transferReceipts)
    .where(and(eq(transferReceipts.tenantId, tenantId), eq(transferReceipts.reservationId, receipt.reservationId), eq(transferReceipts.status, "pending"), ne(transferReceipts.id, receipt.id)))
    .get();
  const cleared = otherPending ? null : await clearReceipt(env, tenantId, receipt.reservationId);
  const reservation = cleared?.ok ? cleared.reservation : await getReservation(db, env, tenantId, receipt.reservationId);

  const conversation = await db.select({ lang: conversations.lang }).from(conversations).where(eq(conversations.id, receipt.conversationId)).get();
  const lang = (conversation?.lang ?? "es") as GuestLang;
  const reason = decided.rejectReason as RejectionReason;
  const text =
    reservation.status === "held" && reservation.expiresAt !== null
      ? TRANSFER_MESSAGES.rejected[lang](reason, decided.rejectNote, guestTime(reservation.expiresAt, await tenantTimeZone(db, tenantId), lang))
      : TRANSFER_MESSAGES.rejectedLapsed[lang](reason, decided.rejectNote);
  await queueOutbound(db, env, { tenantId, conversationId: receipt.conversationId, author: "assistant", text, urgent: true, dedupeKey: `transfer_receipt_rejected:${receipt.id}` });
  await resolveReceiptAlerts(db, env, tenantId, receipt.reservationId, receipt.id);
  return { receipt: await getReceipt(db, tenantId, receiptId), reservation };
}

/** Moves a pending receipt to its decision; null when another request decided it first. */
async function claim(db: Database, receipt: ReceiptRow, decision: Partial<ReceiptRow>): Promise<ReceiptRow | null> {
  const claimed = await db
    .update(transferReceipts)
    .set(decision)
    .where(and(eq(transferReceipts.id, receipt.id), eq(transferReceipts.status, "pending")))
    .returning()
    .get();
  return claimed ?? (await db.select().from(transferReceipts).where(eq(transferReceipts.id, receipt.id)).get()) ?? null;
}

/** Closes the alert of one receipt, or of every receipt of the reservation once its deposit is paid. */
async function resolveReceiptAlerts(db: Database, env: Env, tenantId: string, reservationId: string, receiptId?: string) {
  const receiptIds = receiptId
    ? [receiptId]
    : (await db.select({ id: transferReceipts.id }).from(transferReceipts).where(and(eq(transferReceipts.tenantId, tenantId), eq(transferReceipts.reservationId, reservationId))).all()).map((r) => r.id);
  for (const id of receiptIds) {
    const open = await db
      .select({ id: alerts.id })
      .from(alerts)
      .where(and(eq(alerts.tenantId, tenantId), eq(alerts.dedupeKey, receiptAlertKey(id)), isNull(alerts.resolvedAt)))
      .get();
    if (open) await resolveAlert(db, env, tenantId, open.id);
  }
}

