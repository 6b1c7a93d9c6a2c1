import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { PackageTerms } from "../../shared/packages/package-fit";
import type { Database } from "../platform/db/client";
import { accommodations, servicePackages, upsells } from "../platform/db/schema";
import { AppError, notFound, type FieldError } from "../platform/errors";

export type PackageRow = typeof servicePackages.$inferSelect;

/** What an owner writes: the terms, and the extras the package includes. */
export type PackageInput = Omit<PackageTerms, "id"> & { extras: string[] };

export const termsOf = (row: PackageRow): PackageTerms => ({
  id: row.id,
  name: row.name,
  accommodationIds: row.accommodationIds,
  minNights: row.minNights,
  maxNights: row.maxNights,
  price: row.priceAmount !== null && row.currency ? { amount: row.priceAmount, currency: row.currency } : null,
  discountPercent: row.discountPercent,
  validFrom: row.validFrom,
  validTo: row.validTo,
});

export const inputOf = (row: PackageRow): PackageInput => {
  const terms = termsOf(row);
  return { ...terms, accommodationIds: [...terms.accommodationIds], extras: row.extras };
};

/** The tenant's packages, oldest first; archived ones only when asked for. */
export async function listPackages(db: Database, tenantId: string, withArchived = false): Promise<PackageRow[]> {
  const conditions = [eq(servicePackages.tenantId, tenantId)];
  if (!withArchived) conditions.push(isNull(servicePackages.archivedAt));
  return db.select().from(servicePackages).where(and(...conditions)).orderBy(asc(servicePackages.createdAt)).all();
}

export async function getPackage(db: Database, tenantId: string, id: string): Promise<PackageRow> {
  const row = await db.select().from(servicePackages).where(and(eq(servicePackages.tenantId, tenantId), eq(servicePackages.id, id))).get();
  if (!row) throw notFound("Package");
  return row;
}

/**
 * What a request body cannot say on its own: the units and extras must be the tenant's (another
 * tenant's id reads as unknown), and a fixed price must be in the units' currency.
 */
async function checkAgainstTenant(db: Database, tenantId: string, input: PackageInput): Promise<void> {
  const errors: FieldError[] = [];
  const units = await db
    .select({ id: accommodations.id, currency: accommodations.currency })
    .from(accommodations)
    .where(and(eq(accommodations.tenantId, tenantId), inArray(accommodations.id, input.accommodationIds), isNull(accommodations.deletedAt)))
    .all();
  const known = new Set(units.map((u) => u.id));
  input.accommodationIds.forEach((id, i) => {
    if (!known.has(id)) errors.push({ path: `accommodationIds.${i}`, message: "unknown accommodation" });
  });
  if (input.price && units.some((u) => u.currency !== input.price!.currency)) errors.push({ path: "price.currency", message: "the price must be in the units' currency" });
  if (input.extras.length > 0) {
    const extras = await db.select({ id: upsells.id }).from(upsells).where(and(eq(upsells.tenantId, tenantId), inArray(upsells.id, input.extras))).all();
    const knownExtras = new Set(extras.map((e) => e.id));
    input.extras.forEach((id, i) => {
      if (!knownExtras.has(id)) errors.push({ path: `extras.${i}`, message: "unknown extra" });
    });
  }
  if (errors.length > 0) throw new AppError(422, "invalid_package", "The package names units or extras it cannot use", { errors });
}

const columnsOf = (input: PackageInput) => ({
  name: input.name,
  accommodationIds: input.accommodationIds,
  minNights: input.minNights,
  maxNights: input.maxNights,
  priceAmount: input.price?.amount ?? null,
  currency: input.price?.currency ?? null,
  discountPercent: input.price ? null : input.discountPercent,
  validFrom: input.validFrom,
  validTo: input.validTo,
  extras: input.extras,
});

export async function createPackage(db: Database, tenantId: string, input: PackageInput, now = Date.now()): Promise<PackageRow> {
  await checkAgainstTenant(db, tenantId, input);
  return db.insert(servicePackages).values({ id: newId("pkg", now), tenantId, ...columnsOf(input), createdAt: now, updatedAt: now }).returning().get();
}

/** Replaces the package's terms with `next` (the current ones merged with a change, checked whole). */
export async function updatePackage(db: Database, tenantId: string, id: string, next: PackageInput, now = Date.now()): Promise<PackageRow> {
  await checkAgainstTenant(db, tenantId, next);
  const row = await db
    .update(servicePackages)
    .set({ ...columnsOf(next), updatedAt: now })
    .where(and(eq(servicePackages.tenantId, tenantId), eq(servicePackages.id, id)))
    .returning()
    .get();
  if (!row) throw notFound("Package");
  return row;
}

/** No longer offered; stays booked with it keep it (reservation_packages). Archiving twice is the same. */
export async function archivePackage(db: Database, tenantId: string, id: string, now = Date.now()): Promise<PackageRow> {
  const current = await getPackage(db, tenantId, id);
  if (current.archivedAt !== null) return current;
  return db.update(servicePackages).set({ archivedAt: now, updatedAt: now }).where(eq(servicePackages.id, current.id)).returning().get();
}
