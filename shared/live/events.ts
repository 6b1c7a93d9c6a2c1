/**
 * What the tenant's live hub pushes to open consoles. Events name what changed, not its new
 * state: the console refetches through the API, which stays the one source of truth.
 */
export type LiveEvent =
  | { type: "reservation.changed"; reservationId: string; accommodationId: string; status: string }
  | { type: "calendar.changed"; accommodationId: string }
  | { type: "conversation.changed"; conversationId: string; reason: "message" | "state" }
  | { type: "alert.raised"; alertId: string; kind: string }
  | { type: "alert.resolved"; alertId: string }
  /** A stay or a thread joined the guest's profile, or the profile itself changed. */
  | { type: "guest.changed"; guestId: string }
  /** Sent by the console itself after a reconnect: events may have been missed, so it refetches. */
  | { type: "resync" };

export type LiveTopic = Exclude<LiveEvent["type"], "resync">;
