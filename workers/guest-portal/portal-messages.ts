import { threadOf } from "../guest-messaging/conversations";
import { recordPortalMessage } from "../guest-messaging/inbound";
import { ensureConversation } from "../guest-messaging/outbound";
import { chooseChannel } from "../communications/reach-guest";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import type { ReservationRow } from "../communications/render";

/**
 * The thread a reservation's guest already has with the lodging: the one the stay was booked in,
 * else the one scheduled messages reach them in (WhatsApp by phone, email). A guest reachable
 * nowhere gets a web chat thread of the reservation's own, which staff answer in the console and
 * the portal shows.
 */
export async function guestThreadOf(db: Database, env: Env, reservation: ReservationRow): Promise<string> {
  if (reservation.conversationId) return reservation.conversationId;
  const { choice } = await chooseChannel(db, env, reservation, ["whatsapp", "email"]);
  if (choice.channel === "webchat") return choice.conversationId;
  if (choice.channel === "whatsapp" || choice.channel === "email") {
    return choice.conversationId ?? (await ensureConversation(db, reservation.tenantId, choice.channel, choice.address, reservation.guestName)).id;
  }
  return (await ensureConversation(db, reservation.tenantId, "webchat", `portal:${reservation.id}`, reservation.guestName)).id;
}

/** The guest writes to the lodging from the portal: into their existing thread. */
export async function writeToLodging(db: Database, env: Env, reservation: ReservationRow, text: string) {
  const conversationId = await guestThreadOf(db, env, reservation);
  const { message } = await recordPortalMessage(db, env, reservation.tenantId, conversationId, text);
  return message;
}

/** The guest's thread as the portal shows it (their messages and the lodging's answers). */
export async function portalThread(db: Database, env: Env, reservation: ReservationRow) {
  const conversationId = await guestThreadOf(db, env, reservation);
  return threadOf(db, reservation.tenantId, conversationId);
}
