import { and, asc, eq, gte, isNull, lt, notExists, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import type { Database } from "../platform/db/client";
import { accommodations, calendarNights } from "../platform/db/schema";
import type { AccommodationRow } from "../accommodations/accommodations";

interface AvailabilityQuery {
  checkIn: string;
  checkOut: string;
  guests: number;
  type?: AccommodationRow["type"];
}

/** What the search needs of a database client: the query builder, not the relational API. */
type Selecting = Pick<Database, "select">;

// database() builds drizzle's relational config from the whole schema on every call (a few ms of CPU);
// a search only needs the query builder, so keep one schema-less client per D1 binding.
const searchClients = new WeakMap<D1Database, Selecting>();

/** A query-builder-only drizzle client over `d1`, made once per binding. */
export function searchDatabase(d1: D1Database): Selecting {
  let client = searchClients.get(d1);
  if (!client) {
    client = drizzle(d1);
    searchClients.set(d1, client);
  }
  return client;
}

/**
 * Units of the tenant with room for the party and no occupied night in [checkIn, checkOut),
 * from the read model in one query. The calendar object re-checks at hold time, so a night
 * taken a moment ago is caught there (409), never sold twice.
 */
export async function findAvailableAccommodations(db: Selecting, tenantId: string, query: AvailabilityQuery): Promise<AccommodationRow[]> {
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
