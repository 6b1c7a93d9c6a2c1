import { eq } from "drizzle-orm";
import { dayNumber, todayIn } from "../../shared/domain/dates";
import type { Database } from "../platform/db/client";
import { accommodations, tenants } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { getReservation, type Reservation } from "../bookings/reservations";
import { lodgingInfoOf } from "../tenancy/lodging-info";
import { transferAccountOf } from "../payments/transfer/settings";
import { checkInOf, idPhotosOf } from "./check-in";
import { portalSettingsOf } from "./portal-settings";
import { balanceProviderOf } from "./balance-link";
import { stayMoney } from "./stay-money";
import { ratingOf } from "./ratings";
import { reservationLanguage } from "./portal-language";
import type { GuestTokenClaims } from "../guest-access/guest-token";

/** The reservation a guest token opens, with its unit's zone and today there (every date rule is the unit's). */
export async function portalReservation(db: Database, env: Env, claims: GuestTokenClaims, now = Date.now()) {
  const reservation = await getReservation(db, env, claims.tenantId, claims.reservationId);
  const unit = await db.select().from(accommodations).where(eq(accommodations.id, reservation.accommodationId)).get();
  const timeZone = unit?.timezone ?? "America/Argentina/Buenos_Aires";
  return { reservation, unit: unit ?? null, timeZone, today: todayIn(timeZone, new Date(now)) };
}

/** Everything the portal shows about the stay, in raw values the page writes in the guest's language. */
export async function portalStay(db: Database, env: Env, claims: GuestTokenClaims, now = Date.now()) {
  const { reservation, unit, today } = await portalReservation(db, env, claims, now);
  const [lang, tenant, info, money, checkIn, photos, rating, settings, transfer, onlineProvider] = await Promise.all([
    reservationLanguage(db, reservation),
    db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, reservation.tenantId)).get(),
    lodgingInfoOf(db, reservation.tenantId),
    stayMoney(db, reservation),
    checkInOf(db, reservation.tenantId, reservation.id),
    idPhotosOf(db, reservation.tenantId, reservation.id),
    ratingOf(db, reservation.tenantId, reservation.id),
    portalSettingsOf(db, reservation.tenantId),
    transferAccountOf(db, reservation.tenantId),
    balanceProviderOf(db, reservation.tenantId),
  ]);
  const address = info.address ?? null;
  const liveHold = reservation.status === "held" && reservation.expiresAt !== null && reservation.expiresAt > now;
  const balanceOnline = reservation.status === "confirmed" && money.balanceDue > 0 && onlineProvider !== null;
  return {
    lang,
    today,
    lodging: { name: tenant?.name ?? "", address, houseRules: info.houseRules },
    reservation: {
      code: reservation.code,
      status: reservation.status,
      checkIn: reservation.checkIn,
      checkOut: reservation.checkOut,
      nights: dayNumber(reservation.checkOut) - dayNumber(reservation.checkIn),
      guests: reservation.guests,
      guestName: reservation.guestName,
      expiresAt: reservation.expiresAt === null ? null : new Date(reservation.expiresAt).toISOString(),
    },
    unit: {
      name: unit?.name ?? "",
      checkInTime: unit?.checkInTime ?? "14:00",
      checkOutTime: unit?.checkOutTime ?? "10:00",
      mapsUrl: unit?.mapsUrl ?? (address ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}` : null),
      directions: unit?.directions ?? null,
    },
    money: {
      currency: reservation.currency,
      total: money.stayTotal,
      adjustments: reservation.adjustments.map((line) => ({ kind: line.kind, name: line.name, percent: line.percent, amount: line.amount.amount })),
      deposit: reservation.depositAmount,
      /** Everything paid: the stay's payments less refunds, and extras paid on their own links. */
      paid: money.paid,
      /** The stay and its extras less what is paid. */
      due: money.balanceDue,
      extrasTotal: money.extrasTotal,
      extrasPaid: money.extrasPaid,
      /** A live hold pays its deposit online; a confirmed stay pays its balance when the lodging has a gateway. */
      canPayOnline: liveHold || balanceOnline,
      payFor: liveHold ? ("deposit" as const) : balanceOnline ? ("balance" as const) : null,
      transfer: transfer ? { ...transfer.account } : null,
    },
    checkIn: {
      status: checkIn?.status ?? ("not_started" as const),
      completedAt: checkIn?.completedAt ? new Date(checkIn.completedAt).toISOString() : null,
      guests: checkIn?.guests ?? [],
      holderBirthDate: checkIn?.holderBirthDate ?? null,
      arrivalTime: checkIn?.arrivalTime ?? null,
      vehiclePlate: checkIn?.vehiclePlate ?? null,
      requests: checkIn?.requests ?? null,
      idPhotos: photos.filter((p) => p.deletedAt === null).length,
      idPhotoRetentionDays: settings.idPhotoRetentionDays,
      open: reservation.status === "confirmed" && reservation.checkOut >= today,
    },
    rating: rating ? { score: rating.score, comment: rating.comment } : null,
    canRate: reservation.status === "confirmed" && reservation.checkIn <= today && rating === null,
  };
}

export type PortalStay = Awaited<ReturnType<typeof portalStay>>;
export type PortalReservation = Reservation;
