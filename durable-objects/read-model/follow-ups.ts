import type { LiveEvent } from "../../shared/live/events";
import { publishLive, type LiveEnv } from "../live/publish";
import type { BookingEvent } from "../calendar/results";
import type { ReadModelChange } from "./read-model-batches";
import { sendAll } from "../queue-batches";

export interface FollowUpEnv extends LiveEnv {
  BOOKINGS_QUEUE: Queue<BookingEvent>;
}

/**
 * What follows a committed read-model batch: one `reservation_changed` per reservation in it for
 * the bookings queue (its scheduled messages, partner webhooks), then one live message for the
 * tenant's consoles. A failed enqueue throws, so the calendar objects send their change again
 * (at least once, as the queue is); the live message is best effort (see publishLive).
 */
export async function followUpsOf(env: FollowUpEnv, changes: readonly ReadModelChange[]): Promise<void> {
  const reservations = new Map<string, { tenantId: string; accommodationId: string; status: string }>();
  const accommodations = new Set<string>();
  for (const change of changes) {
    for (const { state, reservation } of change.stays) {
      accommodations.add(state.accommodation_id);
      if (reservation) reservations.set(state.id, { tenantId: change.tenantId, accommodationId: state.accommodation_id, status: state.status });
    }
  }
  const events: BookingEvent[] = [...reservations].map(([reservationId, r]) => ({ kind: "reservation_changed", tenantId: r.tenantId, accommodationId: r.accommodationId, reservationId }));
  await sendAll(env.BOOKINGS_QUEUE, events);

  const tenantId = changes[0]?.tenantId;
  if (!tenantId || accommodations.size === 0) return;
  const live: LiveEvent[] = [...reservations].map(([reservationId, r]) => ({ type: "reservation.changed" as const, reservationId, accommodationId: r.accommodationId, status: r.status }));
  for (const accommodationId of accommodations) live.push({ type: "calendar.changed", accommodationId });
  await publishLive(env, tenantId, ...live);
}
