import { and, asc, eq, gte, isNull, lt, notExists, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { accommodations, calendarNights } from "../platform/db/schema";
import type { AccommodationRow } from "../accommodations/accommodations";

interface AvailabilityQuery {
  checkIn: string;
  checkOut: string;
  guests: number;
  type?: AccommodationRow["type"];
}

/**
 * Units of the tenant with room for the party and no occupied night in [checkIn, checkOut),
 * from the read model in one query. The calendar object re-checks at hold time, so a night
 * taken a moment ago is caught there (409), never sold twice.
 */
export async function findAvailableAccommodations(db: Database, tenantId: string, query: AvailabilityQuery): Promise<AccommodationRow[]> {
  const occupied = db
    .select({ one: sql`1` })
    .from(calendarNights)
    .where(and(eq(calendarNights.accommodationId, accommodations.id), gte(calendarNights.night, query.checkIn), lt(calendarNights.night, query.checkOut)));
  return db
    .select()
    .from(accommodations)
    .where(
      and(
        eq(accommodations.tenantId, tenantId),
        isNull(accommodations.deletedAt),
        gte(accommodations.capacity, query.guests),
        query.type ? eq(accommodations.type, query.type) : undefined,
        notExists(occupied),
      ),
    )
    .orderBy(asc(accommodations.createdAt))
    .all();
}
