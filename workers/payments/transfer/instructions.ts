import { eq } from "drizzle-orm";
import { guestMoney, guestTime, TRANSFER_MESSAGES, type GuestLang } from "../../../shared/transfer/guest-messages";
import { getReservation } from "../../bookings/reservations";
import type { Database } from "../../platform/db/client";
import { accommodations } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { tenantTimeZone } from "../../tenancy/tenants";
import { transferAccountOf } from "./settings";

/**
 * What the assistant tells a guest about paying a fresh hold's deposit by transfer: the account,
 * the amount and the expiry in the tenant's zone. `only` when no checkout link can be made (no
 * gateway connected), so this message is the whole hold message; otherwise it follows the link
 * as the alternative. Null when the tenant does not take transfers.
 */
export async function transferInstructions(db: Database, env: Env, tenantId: string, reservationId: string, lang: GuestLang, now = Date.now()) {
  const transfer = await transferAccountOf(db, tenantId);
  if (!transfer) return null;
  const reservation = await getReservation(db, env, tenantId, reservationId);
  if (reservation.status !== "held" || reservation.expiresAt === null) return null;
  const unit = await db.select({ name: accommodations.name }).from(accommodations).where(eq(accommodations.id, reservation.accommodationId)).get();
  const only = !transfer.linksAvailable;
  const facts = {
    unitName: unit?.name ?? "",
    deposit: guestMoney(reservation.depositAmount, reservation.currency, lang),
    expires: guestTime(reservation.expiresAt, await tenantTimeZone(db, tenantId), lang, now),
    account: transfer.account,
  };
  return { only, text: (only ? TRANSFER_MESSAGES.only : TRANSFER_MESSAGES.alternative)[lang](facts) };
}
