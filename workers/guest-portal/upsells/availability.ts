import { and, eq, ne } from "drizzle-orm";
import { addDays } from "../../../shared/domain/dates";
import type { Database } from "../../platform/db/client";
import { calendarNights } from "../../platform/db/schema";
import type { UpsellRow } from "./catalog";

export interface StayOnUnit {
  id: string;
  accommodationId: string;
  checkIn: string;
  checkOut: string;
}

/**
 * Whether the unit's calendar leaves room for the extra that day. A late check-out needs the
 * check-out day's night free of anyone else (a stay, a block or an OTA booking arriving that day);
 * an early check-in needs the night before arrival free (nobody leaving that morning). It reads
 * the read model's `calendar_nights` (one indexed lookup, no call into the calendar object, which
 * owns nights, not hours): a few milliseconds behind the object at most, and it is asked again
 * when the guest buys, not only when the offer is shown.
 */
export async function extraFitsCalendar(db: Database, upsell: Pick<UpsellRow, "kind">, stay: StayOnUnit): Promise<boolean> {
  if (upsell.kind === "other") return true;
  const night = upsell.kind === "late_checkout" ? stay.checkOut : addDays(stay.checkIn, -1);
  const other = await db
    .select({ stayId: calendarNights.stayId })
    .from(calendarNights)
    .where(and(eq(calendarNights.accommodationId, stay.accommodationId), eq(calendarNights.night, night), ne(calendarNights.stayId, stay.id)))
    .get();
  return !other;
}
