import { eq } from "drizzle-orm";
import { formatClock, formatDay } from "../../../shared/assistant/format";
import { TEMPLATES, type Lang } from "../../../shared/assistant/templates";
import { lodgingInfoOf } from "../../tenancy/lodging-info";
import type { Database } from "../../platform/db/client";
import { accommodations, conversations } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { queueOutbound } from "../outbound";
import { escalate } from "../conversations";

/** What these messages need to know of a reservation. */
export interface ReservationForGuest {
  id: string;
  tenantId: string;
  accommodationId: string;
  code: string;
  checkIn: string;
  checkOut: string;
  conversationId: string | null;
}

/**
 * Tells the guest their stay is confirmed, in the thread they booked it in, once per
 * reservation: the message carries a dedupe key, so the bookings queue redelivering the event
 * (or a retry after a crash) sends nothing twice. Urgent: it goes out even at night, since the
 * guest has just paid and is waiting. Outside the 24-hour window it goes as the approved
 * `reserva_confirmada` template.
 */
export async function sendConfirmation(db: Database, env: Env, reservation: ReservationForGuest) {
  if (!reservation.conversationId) return null;
  const conversation = await db.select().from(conversations).where(eq(conversations.id, reservation.conversationId)).get();
  const unit = await db.select().from(accommodations).where(eq(accommodations.id, reservation.accommodationId)).get();
  if (!conversation || !unit || conversation.tenantId !== reservation.tenantId) return null;
  const lang = conversation.lang as Lang;
  const { address } = await lodgingInfoOf(db, reservation.tenantId);
  const at = { es: "desde las", pt: "a partir das", en: "from" }[lang];
  const by = { es: "hasta las", pt: "até as", en: "by" }[lang];
  const checkIn = `${formatDay(reservation.checkIn, lang)} ${at} ${formatClock(unit.checkInTime, lang)}`;
  const checkOut = `${formatDay(reservation.checkOut, lang)} ${by} ${formatClock(unit.checkOutTime, lang)}`;
  // The unit's name says which of the tenant's places; the address says how to get there.
  const place = address ? `${unit.name}, ${address}` : unit.name;
  return queueOutbound(db, env, {
    tenantId: reservation.tenantId,
    conversationId: conversation.id,
    author: "assistant",
    text: TEMPLATES.confirmed[lang](reservation.code, checkIn, checkOut, place),
    urgent: true,
    template: { name: "reserva_confirmada", language: lang === "es" ? "es_AR" : lang === "pt" ? "pt_BR" : "en_US", parameters: [reservation.code, checkIn, checkOut, place] },
    dedupeKey: `stay_confirmed:${reservation.id}`,
  });
}

/**
 * A guest whose payment was rejected twice needs a person, not a third link: the thread is
 * escalated to staff (the assistant goes quiet) and the guest is told so, once. A redelivered
 * rejection finds the thread already with staff and sends nothing again.
 */
export async function handPaymentTroubleToStaff(db: Database, env: Env, reservation: ReservationForGuest) {
  if (!reservation.conversationId) return;
  const conversation = await db.select().from(conversations).where(eq(conversations.id, reservation.conversationId)).get();
  if (!conversation || conversation.escalated || conversation.tenantId !== reservation.tenantId) return;
  await escalate(db, env, reservation.tenantId, conversation.id, { code: "payment_rejected_twice", text: `two payments for ${reservation.code} were rejected`, params: { code: reservation.code } });
  await queueOutbound(db, env, {
    tenantId: reservation.tenantId,
    conversationId: conversation.id,
    author: "assistant",
    text: TEMPLATES.paymentTrouble[conversation.lang as Lang],
    // The guest has just tried to pay and is waiting for an answer, even at night.
    urgent: true,
    dedupeKey: `payment_trouble:${reservation.id}`,
  });
}
