import { and, eq, gte, inArray, isNotNull, lte, or } from "drizzle-orm";
import { whatsAppNumberOf } from "../communications/pick-step-channel";
import type { Database } from "../platform/db/client";
import { conversations, guestCheckIns, guestRatings, messages, messageSteps, payments, stepSchedule, upsellOffers, upsellPurchases, upsells } from "../platform/db/schema";
import type { Reservation } from "../bookings/reservations";

export type JourneyKind =
  | "held"
  | "payment"
  | "refund"
  | "confirmed"
  | "cancelled"
  | "message_sent"
  | "message_delivered"
  | "message_read"
  | "message_failed"
  | "guest_replied"
  | "check_in_started"
  | "check_in_completed"
  | "upsell_offered"
  | "upsell_requested"
  | "upsell_paid"
  | "rated";

export interface JourneyStep {
  at: number;
  kind: JourneyKind;
  /** What the step is about, as values a console writes in its reader's language. */
  detail: Record<string, string | number | null>;
}

const DAY_MS = 86_400_000;
/** Replies count for a stay from its booking until two weeks after check-out (the review's answer). */
const REPLY_WINDOW_AFTER_CHECK_OUT_MS = 14 * DAY_MS;

/** The guest's own threads: by their WhatsApp number, their email, and the portal's thread of this stay. */
async function guestThreads(db: Database, reservation: Reservation): Promise<string[]> {
  const addresses = [
    and(eq(conversations.channel, "webchat"), eq(conversations.guestAddress, `portal:${reservation.id}`)),
    ...(whatsAppNumberOf(reservation.guestPhone) ? [and(eq(conversations.channel, "whatsapp"), eq(conversations.guestAddress, whatsAppNumberOf(reservation.guestPhone)!))] : []),
    ...(reservation.guestEmail ? [and(eq(conversations.channel, "email"), eq(conversations.guestAddress, reservation.guestEmail.toLowerCase()))] : []),
  ];
  const rows = await db.select({ id: conversations.id }).from(conversations).where(and(eq(conversations.tenantId, reservation.tenantId), or(...addresses))).all();
  return rows.map((r) => r.id);
}

/**
 * Every step of a reservation's guest journey, oldest first: the hold, its money, the messages the
 * steps sent (with how far each got: a message keeps only its latest state, so delivered and read
 * carry the time of that last change) and the guest's replies in those threads, the check-in,
 * extras offered and bought, and the rating.
 */
export async function journeyOf(db: Database, reservation: Reservation): Promise<JourneyStep[]> {
  const { tenantId, id } = reservation;
  const [paid, sent, checkIn, offers, purchases, rating] = await Promise.all([
    db.select().from(payments).where(and(eq(payments.tenantId, tenantId), eq(payments.reservationId, id))).all(),
    db
      .select({ message: messages, stepKind: messageSteps.kind })
      .from(stepSchedule)
      .innerJoin(messages, eq(messages.id, stepSchedule.messageId))
      .innerJoin(messageSteps, eq(messageSteps.id, stepSchedule.stepId))
      .where(and(eq(stepSchedule.tenantId, tenantId), eq(stepSchedule.reservationId, id), isNotNull(stepSchedule.messageId)))
      .all(),
    db.select().from(guestCheckIns).where(and(eq(guestCheckIns.tenantId, tenantId), eq(guestCheckIns.reservationId, id))).get(),
    db
      .select({ offeredAt: upsellOffers.offeredAt, upsellId: upsellOffers.upsellId, kind: upsells.kind })
      .from(upsellOffers)
      .leftJoin(upsells, eq(upsells.id, upsellOffers.upsellId))
      .where(and(eq(upsellOffers.tenantId, tenantId), eq(upsellOffers.reservationId, id)))
      .all(),
    db.select().from(upsellPurchases).where(and(eq(upsellPurchases.tenantId, tenantId), eq(upsellPurchases.reservationId, id))).all(),
    db.select().from(guestRatings).where(and(eq(guestRatings.tenantId, tenantId), eq(guestRatings.reservationId, id))).get(),
  ]);

  const steps: JourneyStep[] = [{ at: reservation.createdAt, kind: "held", detail: { code: reservation.code, source: reservation.source } }];
  const approved = paid.filter((p) => p.kind === "payment" && p.status === "approved").sort((a, b) => a.createdAt - b.createdAt);
  for (const p of paid) {
    steps.push({ at: p.createdAt, kind: p.kind === "refund" ? "refund" : "payment", detail: { amount: p.amount, currency: p.currency, status: p.status, provider: p.provider, method: p.method } });
  }
  if (reservation.status === "confirmed" && approved[0]) steps.push({ at: approved[0].createdAt, kind: "confirmed", detail: {} });
  if (reservation.status === "cancelled") steps.push({ at: reservation.updatedAt, kind: "cancelled", detail: { reason: reservation.cancelReason } });

  const threads = new Set<string>([...(reservation.conversationId ? [reservation.conversationId] : []), ...(await guestThreads(db, reservation))]);
  for (const { message, stepKind } of sent) {
    threads.add(message.conversationId);
    const detail = { step: stepKind, messageId: message.id, status: message.status };
    steps.push({ at: message.createdAt, kind: "message_sent", detail });
    const changedAt = message.updatedAt ?? message.createdAt;
    if (message.status === "delivered") steps.push({ at: changedAt, kind: "message_delivered", detail });
    if (message.status === "read") steps.push({ at: changedAt, kind: "message_read", detail });
    if (message.status === "failed") steps.push({ at: changedAt, kind: "message_failed", detail });
  }
  if (threads.size > 0) {
    const until = Date.parse(`${reservation.checkOut}T00:00:00Z`) + REPLY_WINDOW_AFTER_CHECK_OUT_MS;
    const replies = await db
      .select({ id: messages.id, at: messages.createdAt, text: messages.text })
      .from(messages)
      .where(and(eq(messages.tenantId, tenantId), inArray(messages.conversationId, [...threads]), eq(messages.direction, "in"), gte(messages.createdAt, reservation.createdAt), lte(messages.createdAt, until)))
      .all();
    for (const reply of replies) steps.push({ at: reply.at, kind: "guest_replied", detail: { messageId: reply.id, text: reply.text.slice(0, 140) } });
  }

  if (checkIn) {
    steps.push({ at: checkIn.startedAt, kind: "check_in_started", detail: {} });
    if (checkIn.completedAt) steps.push({ at: checkIn.completedAt, kind: "check_in_completed", detail: { by: checkIn.completedBy, guests: checkIn.guests.length } });
  }
  for (const offer of offers) steps.push({ at: offer.offeredAt, kind: "upsell_offered", detail: { upsellId: offer.upsellId, kind: offer.kind ?? null } });
  for (const p of purchases) {
    const title = p.title.es ?? p.title.en ?? p.title.pt ?? "";
    steps.push({ at: p.createdAt, kind: "upsell_requested", detail: { purchaseId: p.id, title, amount: p.amount, currency: p.currency, status: p.status } });
    if (p.paidAt) steps.push({ at: p.paidAt, kind: "upsell_paid", detail: { purchaseId: p.id, title, amount: p.amount, currency: p.currency } });
  }
  if (rating) steps.push({ at: rating.createdAt, kind: "rated", detail: { score: rating.score, comment: rating.comment, via: rating.via } });

  // Stable order: by time, then by where the step sits in a journey (a hold before its payment).
  const order = (kind: JourneyKind) => ["held", "payment", "confirmed", "message_sent", "message_delivered", "message_read", "guest_replied"].indexOf(kind);
  return steps.sort((a, b) => a.at - b.at || order(a.kind) - order(b.kind));
}
