import { and, eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { upsellOffers, upsells } from "../../platform/db/schema";
import { extraFitsCalendar } from "./availability";
import type { UpsellRow } from "./catalog";

export interface OfferedStay {
  id: string;
  tenantId: string;
  accommodationId: string;
  status: string;
  checkIn: string;
  checkOut: string;
  currency: string;
}

/** Whether the catalog's timing allows offering the extra today (the unit's today). */
export function offeredNow(upsell: Pick<UpsellRow, "offeredWhen" | "kind">, stay: OfferedStay, today: string): boolean {
  if (stay.status !== "confirmed" || today >= stay.checkOut) return false;
  // An early check-in is worth nothing once the guest has arrived.
  if (upsell.kind === "early_checkin" && today >= stay.checkIn) return false;
  if (upsell.offeredWhen === "before_arrival") return today < stay.checkIn;
  if (upsell.offeredWhen === "during_stay") return today >= stay.checkIn;
  return true;
}

/** Whether this stay may buy this extra now: its unit, its currency, its timing and the calendar. */
export async function upsellAvailable(db: Database, upsell: UpsellRow, stay: OfferedStay, today: string): Promise<boolean> {
  if (!upsell.active || upsell.currency !== stay.currency) return false;
  if (upsell.accommodationIds && !upsell.accommodationIds.includes(stay.accommodationId)) return false;
  if (!offeredNow(upsell, stay, today)) return false;
  return extraFitsCalendar(db, upsell, stay);
}

/** The extras this stay may buy now, recorded as offered (once per stay and extra: the conversion's denominator). */
export async function offersFor(db: Database, stay: OfferedStay, today: string, now = Date.now()): Promise<UpsellRow[]> {
  const catalog = await db.select().from(upsells).where(and(eq(upsells.tenantId, stay.tenantId), eq(upsells.active, true))).all();
  const checks = await Promise.all(catalog.map((u) => upsellAvailable(db, u, stay, today)));
  const offered = catalog.filter((_, i) => checks[i]);
  if (offered.length > 0) {
    await db
      .insert(upsellOffers)
      .values(offered.map((u) => ({ tenantId: stay.tenantId, reservationId: stay.id, upsellId: u.id, offeredAt: now })))
      .onConflictDoNothing();
  }
  return offered;
}
