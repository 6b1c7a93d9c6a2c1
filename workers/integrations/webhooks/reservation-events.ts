import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { payments, publishedStates, reservations } from "../../platform/db/schema";
import type { WebhookEventType } from "./event-types";
import { publishEvent, type WebhookQueueEnv } from "./publish-event";
import { subscriptionsListeningTo } from "./subscriptions";

const RESERVATION_EVENTS: readonly WebhookEventType[] = ["reservation.held", "reservation.confirmed", "reservation.cancelled", "reservation.expired", "reservation.changed"];
const PAYMENT_EVENTS: readonly WebhookEventType[] = ["payment.received", "payment.refunded"];

type ReservationStatus = (typeof reservations.$inferSelect)["status"];

/** The event a reservation's new state is: a status it just reached, else a change to the stay. */
export function reservationEventType(previous: string | null, status: ReservationStatus): WebhookEventType {
  if (previous === status) return "reservation.changed";
  switch (status) {
    case "held":
      return previous === null ? "reservation.held" : "reservation.changed";
    case "confirmed":
      return "reservation.confirmed";
    case "cancelled":
      return "reservation.cancelled";
    case "expired":
      return "reservation.expired";
    case "needs_refund":
      return "reservation.changed";
  }
}

/**
 * Called for the `reservation_changed` events of one tenant that a queue batch brought (after the
 * read model has the new states): publishes each reservation's event and one for each payment or
 * refund it has newly received. The last published version of each reservation is kept, so a
 * redelivered or late outbox event publishes nothing; payments are keyed by id and status. A tenant
 * with no subscription to these events costs one read per batch, however many reservations changed.
 */
export async function publishReservationEvents(db: Database, env: WebhookQueueEnv, event: { tenantId: string; reservationIds: readonly string[] }, now = Date.now()): Promise<void> {
  const listening = await subscriptionsListeningTo(db, event.tenantId, [...RESERVATION_EVENTS, ...PAYMENT_EVENTS]);
  if (listening.length === 0) return;
  for (const reservationId of new Set(event.reservationIds)) await publishOne(db, env, { tenantId: event.tenantId, reservationId }, now);
}

async function publishOne(db: Database, env: WebhookQueueEnv, event: { tenantId: string; reservationId: string }, now: number): Promise<void> {
  const reservation = await db.select().from(reservations).where(and(eq(reservations.tenantId, event.tenantId), eq(reservations.id, event.reservationId))).get();
  if (!reservation) return;

  const previous = await db.select().from(publishedStates).where(and(eq(publishedStates.tenantId, event.tenantId), eq(publishedStates.subjectId, reservation.id))).get();
  if (!previous || previous.version < reservation.version) {
    // Version-guarded: of two consumers racing with the same state, one wins and publishes.
    const advanced = await db
      .insert(publishedStates)
      .values({ tenantId: event.tenantId, subjectId: reservation.id, state: reservation.status, version: reservation.version })
      .onConflictDoUpdate({ target: [publishedStates.tenantId, publishedStates.subjectId], set: { state: reservation.status, version: reservation.version }, setWhere: lt(publishedStates.version, reservation.version) })
      .returning({ version: publishedStates.version })
      .get();
    if (advanced) {
      await publishEvent(db, env, event.tenantId, reservationEventType(previous?.state ?? null, reservation.status), presentReservation(reservation), { key: `reservation:${reservation.id}:v${reservation.version}`, now });
    }
  }

  const moneyRows = await db
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, event.tenantId), eq(payments.reservationId, reservation.id), sql`${payments.status} IN ('approved', 'refunded')`))
    .all();
  for (const payment of moneyRows) {
    const type: WebhookEventType = payment.kind === "refund" || payment.status === "refunded" ? "payment.refunded" : "payment.received";
    await publishEvent(db, env, event.tenantId, type, { id: payment.id, reservationId: reservation.id, kind: payment.kind, amount: { amount: payment.amount, currency: payment.currency }, method: payment.method, provider: payment.provider, status: payment.status }, { key: `payment:${payment.id}:${type}`, now });
  }
}

function presentReservation(r: typeof reservations.$inferSelect) {
  return {
    id: r.id,
    code: r.code,
    status: r.status,
    accommodationId: r.accommodationId,
    checkIn: r.checkIn,
    checkOut: r.checkOut,
    guests: r.guests,
    source: r.source,
    total: { amount: r.totalAmount, currency: r.currency },
    version: r.version,
    url: `/v1/reservations/${r.id}`,
  };
}
