import { and, asc, eq, exists, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { addDays, daysBetween, eachNight } from "../../shared/domain/dates";
import { drizzle } from "drizzle-orm/d1";
import type { BatchItem } from "drizzle-orm/batch";
import { accommodations, calendarNights } from "../platform/db/schema";
import type { AccommodationRow } from "../accommodations/accommodations";
import { liveUnits, unitsVersionQuery, type CatalogDatabase } from "./unit-catalog";

interface AvailabilityQuery {
  checkIn: string;
  checkOut: string;
  guests: number;
  type?: AccommodationRow["type"];
}

/** What the search needs of a database client: the query builder and batches, not the relational API. */
type Selecting = CatalogDatabase;

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
 * Units of the tenant with room for the party and no occupied night in [checkIn, checkOut). One
 * round trip to the read model answers the ids of the units with a taken night (a primary-key probe
 * per unit, so only the few taken ones travel) beside the tenant's units version; the units
 * themselves come from this isolate's copy (unit-catalog.ts). The calendar object re-checks at
 * hold time, so a night taken a moment ago is caught there (409), never sold twice.
 */
export async function findAvailableAccommodations(db: Selecting, tenantId: string, query: AvailabilityQuery): Promise<AccommodationRow[]> {
  const [units] = await findAvailableAlongside(db, tenantId, query);
  return units;
}

/**
 * The same search, with one more query sent in its round trip (a search's package catalog): the
 * database is asked once per search, not once per thing a search shows.
 */
export async function findAvailableAlongside<T = never>(db: Selecting, tenantId: string, query: AvailabilityQuery, alongside?: BatchItem<"sqlite"> & PromiseLike<T>): Promise<[AccommodationRow[], T | undefined]> {
  const takenNight = db
    .select({ one: sql`1` })
    .from(calendarNights)
    .where(and(eq(calendarNights.accommodationId, accommodations.id), gte(calendarNights.night, query.checkIn), lt(calendarNights.night, query.checkOut)));
  const takenUnits = db
    .select({ id: accommodations.id })
    .from(accommodations)
    .where(and(eq(accommodations.tenantId, tenantId), isNull(accommodations.deletedAt), exists(takenNight)));
  const [taken, version, extra] = alongside ? await db.batch([takenUnits, unitsVersionQuery(db, tenantId), alongside]) : [...(await db.batch([takenUnits, unitsVersionQuery(db, tenantId)])), undefined];
  if (!version[0]) return [[], extra as T | undefined];
  const occupied = new Set(taken.map((row) => row.id));
  const units = await liveUnits(db, tenantId, version[0].version);
  return [units.filter((unit) => unit.capacity >= query.guests && (!query.type || unit.type === query.type) && !occupied.has(unit.id)), extra as T | undefined];
}

export interface NearbyStay {
  unit: AccommodationRow;
  checkIn: string;
  checkOut: string;
  /** Days from the stay asked for (negative: earlier). */
  shift: number;
}

/**
 * Free stays of the same length as [checkIn, checkOut) starting within ±`days` of it (never
 * before `today`), on any unit with room for the party: what to offer when the dates asked
 * for are taken. Nearest first. Two queries (the units, then their taken nights in the window).
 */
export async function findNearbyFreeStays(db: Selecting, tenantId: string, query: { checkIn: string; checkOut: string; guests: number; days: number; today: string }): Promise<NearbyStay[]> {
  const nights = daysBetween(query.checkIn, query.checkOut);
  const from = addDays(query.checkIn, -query.days) < query.today ? query.today : addDays(query.checkIn, -query.days);
  const to = addDays(query.checkOut, query.days);
  const units = await db
    .select()
    .from(accommodations)
    .where(and(eq(accommodations.tenantId, tenantId), isNull(accommodations.deletedAt), gte(accommodations.capacity, query.guests)))
    .orderBy(asc(accommodations.createdAt))
    .all();
  if (units.length === 0 || nights <= 0) return [];
  const taken = await db
    .select({ accommodationId: calendarNights.accommodationId, night: calendarNights.night })
    .from(calendarNights)
    .where(and(eq(calendarNights.tenantId, tenantId), inArray(calendarNights.accommodationId, units.map((u) => u.id)), gte(calendarNights.night, from), lt(calendarNights.night, to)))
    .all();
  const takenNights = new Set(taken.map((row) => `${row.accommodationId}|${row.night}`));
  const found: NearbyStay[] = [];
  for (let distance = 1; distance <= query.days; distance++) {
    for (const shift of [distance, -distance]) {
      const checkIn = addDays(query.checkIn, shift);
      if (checkIn < query.today) continue;
      const checkOut = addDays(checkIn, nights);
      for (const unit of units) {
        if (eachNight(checkIn, checkOut).every((night) => !takenNights.has(`${unit.id}|${night}`))) found.push({ unit, checkIn, checkOut, shift });
      }
    }
  }
  return found;
}
