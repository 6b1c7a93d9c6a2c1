import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { bytesToBase64Url, randomBytes } from "../../shared/crypto/encoding";
import { openSecret, sealSecret } from "../../shared/crypto/secret-box";
import type { Money } from "../../shared/domain/money";
import { rulesCurrencyIssues, type PricingRules } from "../../shared/domain/pricing";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { accommodations, tenants } from "../platform/db/schema";
import { firstRowBehindTenantLock } from "../platform/db/tenant-lock";
import { AppError, notFound } from "../platform/errors";

export type AccommodationRow = typeof accommodations.$inferSelect;
export type AccommodationType = AccommodationRow["type"];

export interface AccommodationInput {
  name: string;
  type: AccommodationType;
  capacity: number;
  basePrice: Money;
  minStay?: number;
  checkInTime?: string;
  checkOutTime?: string;
  amenities?: string[];
  pricing?: PricingRules;
  depositPercent?: number;
  timezone?: string;
  doorCode?: string | null;
  wifi?: string | null;
  directions?: string | null;
  mapsUrl?: string | null;
}

const icalContext = (row: Pick<AccommodationRow, "tenantId" | "id">) => `tenant:${row.tenantId}:accommodation:${row.id}:ical`;

/** 144 random bits, URL-safe: an export feed URL cannot be guessed. */
const newIcalToken = () => bytesToBase64Url(randomBytes(18));

/** A new iCal export token for an accommodation, sealed (a unit brought in by a tenant import gets its own). */
export const sealedNewIcalToken = (secretsKey: string, row: Pick<AccommodationRow, "tenantId" | "id">) => sealSecret(secretsKey, newIcalToken(), icalContext(row));

function assertConsistentCurrency(basePrice: Money, pricing: PricingRules | undefined) {
  const issues = rulesCurrencyIssues(pricing, basePrice.currency);
  if (issues.length > 0) {
    throw new AppError(400, "validation_failed", "Every price must be in the base price's currency", {
      errors: issues.map((path) => ({ path, message: `must be ${basePrice.currency}` })),
    });
  }
}

export async function createAccommodation(db: Database, secretsKey: string, tenantId: string, input: AccommodationInput) {
  const tenant = await db.select().from(tenants).where(eq(tenants.id, tenantId)).get();
  if (!tenant) throw notFound("Tenant");
  assertConsistentCurrency(input.basePrice, input.pricing);
  const id = newId("acc");
  const row = {
    id,
    tenantId,
    name: input.name,
    type: input.type,
    capacity: input.capacity,
    basePriceAmount: input.basePrice.amount,
    currency: input.basePrice.currency,
    minStay: input.minStay ?? 1,
    checkInTime: input.checkInTime ?? "14:00",
    checkOutTime: input.checkOutTime ?? "10:00",
    amenities: [...new Set(input.amenities ?? [])],
    pricing: input.pricing ?? {},
    depositPercent: input.depositPercent ?? 30,
    timezone: input.timezone ?? tenant.timezone,
    doorCode: input.doorCode || null,
    wifi: input.wifi || null,
    directions: input.directions || null,
    mapsUrl: input.mapsUrl || null,
    icalTokenSealed: await sealSecret(secretsKey, newIcalToken(), icalContext({ tenantId, id })),
    // The tenant's next unit number (reservation codes are made from it), read behind the tenant
    // row's lock so that creates racing on Postgres number one after the other, as on D1.
    unitNumber: sql<number>`(SELECT coalesce(max(unit_number), 0) + 1 FROM accommodations WHERE tenant_id = ${tenantId})`,
  };
  return (await firstRowBehindTenantLock(db, tenantId, db.insert(accommodations).values(row).returning()))!;
}

export async function listAccommodations(db: Database, tenantId: string) {
  return db
    .select()
    .from(accommodations)
    .where(and(eq(accommodations.tenantId, tenantId), isNull(accommodations.deletedAt)))
    .orderBy(asc(accommodations.createdAt))
    .all();
}

/** The tenant's live accommodation, or 404 (also for another tenant's id). */
export async function getAccommodation(db: Database, tenantId: string, id: string): Promise<AccommodationRow> {
  const row = await db
    .select()
    .from(accommodations)
    .where(and(eq(accommodations.tenantId, tenantId), eq(accommodations.id, id), isNull(accommodations.deletedAt)))
    .get();
  if (!row) throw notFound("Accommodation");
  return row;
}

export async function updateAccommodation(db: Database, tenantId: string, id: string, patch: Partial<AccommodationInput>) {
  const current = await getAccommodation(db, tenantId, id);
  const basePrice = patch.basePrice ?? { amount: current.basePriceAmount, currency: current.currency };
  assertConsistentCurrency(basePrice, patch.pricing ?? current.pricing);
  const { basePrice: _ignored, amenities, ...rest } = patch;
  // An empty text clears a guest instruction, like null.
  for (const key of ["doorCode", "wifi", "directions", "mapsUrl"] as const) if (rest[key] === "") rest[key] = null;
  const updated = await db
    .update(accommodations)
    .set({
      ...rest,
      ...(amenities ? { amenities: [...new Set(amenities)] } : {}),
      basePriceAmount: basePrice.amount,
      currency: basePrice.currency,
      updatedAt: Date.now(),
    })
    .where(and(eq(accommodations.tenantId, tenantId), eq(accommodations.id, id)))
    .returning()
    .get();
  return updated ?? current;
}

/** Soft-deletes; `restoreAccommodation` undoes it. */
export async function deleteAccommodation(db: Database, tenantId: string, id: string): Promise<AccommodationRow> {
  const current = await getAccommodation(db, tenantId, id);
  const now = Date.now();
  const deleted = await db
    .update(accommodations)
    .set({ deletedAt: now, updatedAt: now })
    .where(and(eq(accommodations.tenantId, tenantId), eq(accommodations.id, id)))
    .returning()
    .get();
  return deleted ?? current;
}

export async function restoreAccommodation(db: Database, tenantId: string, id: string) {
  const restored = await db
    .update(accommodations)
    .set({ deletedAt: null, updatedAt: Date.now() })
    .where(and(eq(accommodations.tenantId, tenantId), eq(accommodations.id, id)))
    .returning()
    .get();
  if (!restored) throw notFound("Accommodation");
  return restored;
}

export async function rotateIcalToken(db: Database, secretsKey: string, tenantId: string, id: string) {
  const row = await getAccommodation(db, tenantId, id);
  const sealed = await sealSecret(secretsKey, newIcalToken(), icalContext(row));
  return db
    .update(accommodations)
    .set({ icalTokenSealed: sealed, updatedAt: Date.now() })
    .where(and(eq(accommodations.tenantId, tenantId), eq(accommodations.id, id)))
    .returning()
    .get();
}

export async function icalToken(secretsKey: string, row: AccommodationRow): Promise<string> {
  return openSecret(secretsKey, row.icalTokenSealed, icalContext(row));
}

/** The API shape (camelCase, Money objects, the export URL). */
export async function presentAccommodation(row: AccommodationRow, secretsKey: string, publicBaseUrl: string) {
  const token = await icalToken(secretsKey, row);
  return { ...presentUnitFields(row), icalExportUrl: `${publicBaseUrl}/ical/${row.id}/${token}.ics` };
}

/**
 * The same shape without the calendar feed's address, whose token must be unsealed (AES-GCM) to
 * show: what a search offers, where the address is never shown, costs no decryption at all.
 */
export function presentUnitFields(row: AccommodationRow) {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    capacity: row.capacity,
    basePrice: { amount: row.basePriceAmount, currency: row.currency },
    minStay: row.minStay,
    checkInTime: row.checkInTime,
    checkOutTime: row.checkOutTime,
    amenities: row.amenities,
    pricing: row.pricing,
    depositPercent: row.depositPercent,
    timezone: row.timezone,
    doorCode: row.doorCode,
    wifi: row.wifi,
    directions: row.directions,
    mapsUrl: row.mapsUrl,
    icalExportUrl: null as string | null,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
