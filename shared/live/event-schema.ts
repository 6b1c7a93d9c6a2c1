import { z } from "zod";
import type { LiveEvent } from "./events";

/** A live event as it crosses into the hub object (an RPC input): checked, never trusted. */
export const liveEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("reservation.changed"), reservationId: z.string(), accommodationId: z.string(), status: z.string() }),
  z.object({ type: z.literal("calendar.changed"), accommodationId: z.string() }),
  z.object({ type: z.literal("conversation.changed"), conversationId: z.string(), reason: z.enum(["message", "state"]) }),
  z.object({ type: z.literal("alert.raised"), alertId: z.string(), kind: z.string() }),
  z.object({ type: z.literal("alert.resolved"), alertId: z.string() }),
  z.object({ type: z.literal("guest.changed"), guestId: z.string() }),
  z.object({ type: z.literal("resync") }),
]) satisfies z.ZodType<LiveEvent>;

/** One publish call's events (a calendar's outbox flush may carry many). */
export const liveEventsSchema = z.array(liveEventSchema);
