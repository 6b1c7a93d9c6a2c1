import { and, eq, inArray } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { PackageTerms } from "../../shared/packages/package-fit";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { reservationPackages, upsellPurchases, upsells } from "../platform/db/schema";
import { AppError } from "../platform/errors";
import { calendarOf } from "../bookings/calendar";
import { createReservation, type CreateReservationInput, type Reservation } from "../bookings/reservations";
import { getPackage, termsOf, type PackageRow } from "./catalog";

/** The package a hold asks for, as the calendar object prices it: the tenant's and still on offer. */
export async function packageForHold(db: Database, tenantId: string, packageId: string): Promise<{ row: PackageRow; terms: PackageTerms }> {
  const row = await getPackage(db, tenantId, packageId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) throw new AppError(422, "unknown_package", "No such package", { errors: [{ path: "packageId", message: "unknown package" }] });
    throw error;
  });
  if (row.archivedAt !== null) throw new AppError(422, "package_archived", "This package is no longer offered", { errors: [{ path: "packageId", message: "archived" }] });
  return { row, terms: termsOf(row) };
}

interface HeldStay {
  id: string;
  tenantId: string;
  accommodationId: string;
  totalAmount: number;
  currency: string;
}

/** Extras that came inside a package are recorded as paid by it. */
const PACKAGE_PROVIDER = "package";

/**
 * Records that a stay was booked with the package, and its extras on the stay as bought extras
 * already paid inside the package's price (amount 0, provider "package"). Written once per stay: a
 * replayed hold finds the row and adds nothing.
 */
export async function recordPackageBooking(db: Database, stay: HeldStay, row: PackageRow, adjustmentAmount: number, now = Date.now()): Promise<void> {
  const inserted = await db
    .insert(reservationPackages)
    .values({ reservationId: stay.id, tenantId: stay.tenantId, packageId: row.id, name: row.name, adjustmentAmount, currency: stay.currency, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: reservationPackages.reservationId })
    .all();
  if (inserted.length === 0 || row.extras.length === 0) return;
  const extras = await db.select().from(upsells).where(and(eq(upsells.tenantId, stay.tenantId), inArray(upsells.id, row.extras))).all();
  if (extras.length === 0) return;
  await db.insert(upsellPurchases).values(
    extras.map((extra) => ({
      id: newId("upp", now),
      tenantId: stay.tenantId,
      reservationId: stay.id,
      upsellId: extra.id,
      title: extra.title,
      amount: 0,
      currency: stay.currency,
      status: "paid" as const,
      provider: PACKAGE_PROVIDER,
      paidAt: now,
      createdAt: now,
    })),
  );
}

/**
 * Once a package's stay is confirmed, its late check-out or early check-in takes its day in the
 * unit's calendar (the calendar gives days only to confirmed stays, as for a bought extra). A day
 * taken meanwhile by another stay leaves the extra cancelled, so staff see it could not be given.
 * Claiming again is harmless, so a redelivered confirmation changes nothing.
 */
export async function claimPackageDays(db: Database, env: Env, stay: { tenantId: string; accommodationId: string; reservationId: string }, now = Date.now()): Promise<void> {
  const rows = await db
    .select({ id: upsellPurchases.id, kind: upsells.kind })
    .from(upsellPurchases)
    .innerJoin(upsells, eq(upsells.id, upsellPurchases.upsellId))
    .where(and(eq(upsellPurchases.tenantId, stay.tenantId), eq(upsellPurchases.reservationId, stay.reservationId), eq(upsellPurchases.provider, PACKAGE_PROVIDER), eq(upsellPurchases.status, "paid")))
    .all();
  for (const row of rows) {
    if (row.kind !== "late_checkout" && row.kind !== "early_checkin") continue;
    const claim = await calendarOf(env, stay.accommodationId).claimDayUse({ tenantId: stay.tenantId, reservationId: stay.reservationId, purchaseId: row.id, kind: row.kind, now });
    if (!claim.ok && claim.code === "day_taken") await db.update(upsellPurchases).set({ status: "cancelled" }).where(eq(upsellPurchases.id, row.id));
  }
}

/** The package each stay was booked with (none: absent). */
export async function packagesOfStays(db: Database, tenantId: string, reservationIds: string[]): Promise<Map<string, { id: string; name: string }>> {
  if (reservationIds.length === 0) return new Map();
  const rows = await db
    .select({ reservationId: reservationPackages.reservationId, id: reservationPackages.packageId, name: reservationPackages.name })
    .from(reservationPackages)
    .where(and(eq(reservationPackages.tenantId, tenantId), inArray(reservationPackages.reservationId, reservationIds)))
    .all();
  return new Map(rows.map((r) => [r.reservationId, { id: r.id, name: r.name }]));
}

/**
 * Holds a stay, with the package named when there is one: the calendar object prices it by the
 * package (or refuses a stay it does not fit), then the package and its extras are recorded on it.
 */
export async function holdStay(db: Database, env: Env, tenantId: string, input: CreateReservationInput & { packageId?: string }): Promise<Reservation> {
  const { packageId, ...stay } = input;
  if (!packageId) return createReservation(db, env, tenantId, stay);
  const { row, terms } = await packageForHold(db, tenantId, packageId);
  const reservation = await createReservation(db, env, tenantId, { ...stay, package: terms });
  const line = reservation.adjustments.find((a) => a.kind === "package");
  await recordPackageBooking(db, reservation, row, line?.amount.amount ?? 0);
  return reservation;
}
