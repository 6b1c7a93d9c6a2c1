import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { accommodations, tenants } from "../platform/db/schema";
import type { AccommodationRow } from "../accommodations/accommodations";

/** What the catalog needs of a database client. */
export type CatalogDatabase = Pick<Database, "select" | "batch">;

interface Catalog {
  version: number;
  units: readonly AccommodationRow[];
}

/** Units one isolate keeps across tenants (about a kilobyte each); least recently used tenants go first. */
const MAX_CACHED_UNITS = 5_000;
const catalogs = new Map<string, Catalog>();
let cachedUnits = 0;

function remember(tenantId: string, catalog: Catalog): void {
  const previous = catalogs.get(tenantId);
  if (previous) {
    catalogs.delete(tenantId);
    cachedUnits -= previous.units.length;
  }
  catalogs.set(tenantId, catalog);
  cachedUnits += catalog.units.length;
  for (const [oldest, { units }] of catalogs) {
    if (cachedUnits <= MAX_CACHED_UNITS || oldest === tenantId) break;
    catalogs.delete(oldest);
    cachedUnits -= units.length;
  }
}

/** The statement that reads the tenant's units version, to go in the caller's batch. */
export function unitsVersionQuery(db: CatalogDatabase, tenantId: string) {
  return db.select({ version: tenants.unitsVersion }).from(tenants).where(eq(tenants.id, tenantId));
}

/**
 * The tenant's live units, oldest first, as of `version` (read in the caller's batch). A search reads
 * them from this isolate's copy while tenants.units_version is unchanged: every insert, update and
 * delete of an accommodation bumps it (database triggers, whoever writes), so a copy is never stale.
 * The rows are frozen and shared, so they can key per-row caches (a WeakMap) and must not be changed.
 */
export async function liveUnits(db: CatalogDatabase, tenantId: string, version: number): Promise<readonly AccommodationRow[]> {
  const cached = catalogs.get(tenantId);
  if (cached && cached.version === version) {
    catalogs.delete(tenantId);
    catalogs.set(tenantId, cached);
    return cached.units;
  }
  const units = await db
    .select()
    .from(accommodations)
    .where(and(eq(accommodations.tenantId, tenantId), isNull(accommodations.deletedAt)))
    .orderBy(asc(accommodations.createdAt))
    .all();
  // Rows read after the version: at least as new as it, so a change in between only costs a reload.
  const frozen = Object.freeze(units.map((row) => Object.freeze(row)));
  remember(tenantId, { version, units: frozen });
  return frozen;
}
