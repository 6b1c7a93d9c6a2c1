import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { accommodations, guestCheckIns, guestIdPhotos, reservations, type RegisteredGuest } from "../platform/db/schema";
import { publishLive, type LiveEnv } from "../../durable-objects/live/publish";
import { AppError } from "../platform/errors";
import { publishEvent, type WebhookQueueEnv } from "../integrations/webhooks/publish-event";

export type CheckInRow = typeof guestCheckIns.$inferSelect;

export interface CheckInInput {
  guests: RegisteredGuest[];
  holderBirthDate: string;
  arrivalTime: string;
  vehiclePlate?: string | null;
  requests?: string | null;
  acceptRules: true;
}

export interface CheckInReservation {
  id: string;
  tenantId: string;
  accommodationId: string;
  status: string;
  guests: number;
  checkIn: string;
  checkOut: string;
}

/**
 * Records a reservation's check-in (from the portal or at the desk), replacing what an earlier
 * submission said: a guest may correct a typo until they arrive. Only a confirmed stay that has
 * not ended may check in, and with no more people than it was booked for.
 */
export async function completeCheckIn(
  db: Database,
  env: LiveEnv & WebhookQueueEnv,
  reservation: CheckInReservation,
  input: CheckInInput,
  by: { kind: "guest" } | { kind: "staff"; userId: string | null },
  today: string,
  now = Date.now(),
): Promise<CheckInRow> {
  if (reservation.status !== "confirmed") throw new AppError(409, "not_confirmed", "Only a confirmed stay can check in");
  if (reservation.checkOut < today) throw new AppError(409, "stay_over", "This stay has already ended");
  if (input.guests.length > reservation.guests) {
    throw new AppError(422, "too_many_guests", `The stay is booked for ${reservation.guests} guests`, { errors: [{ path: "guests", message: `at most ${reservation.guests}` }] });
  }
  if (input.holderBirthDate >= today) throw new AppError(400, "validation_failed", "The holder's date of birth must be in the past", { errors: [{ path: "holderBirthDate", message: "must be in the past" }] });
  const values = {
    tenantId: reservation.tenantId,
    status: "completed" as const,
    guests: input.guests,
    holderBirthDate: input.holderBirthDate,
    arrivalTime: input.arrivalTime,
    vehiclePlate: input.vehiclePlate?.trim() || null,
    requests: input.requests?.trim() || null,
    rulesAcceptedAt: now,
    completedBy: by.kind,
    completedByUser: by.kind === "staff" ? by.userId : null,
    completedAt: now,
  };
  const row = await db
    .insert(guestCheckIns)
    .values({ reservationId: reservation.id, startedAt: now, ...values })
    .onConflictDoUpdate({ target: guestCheckIns.reservationId, set: values })
    .returning()
    .get();
  await publishLive(env, reservation.tenantId, { type: "reservation.changed", reservationId: reservation.id, accommodationId: reservation.accommodationId, status: reservation.status });
  // Partners hear of the first completion only (a correction is not a new check-in), and never the
  // guests' documents: they fetch the check-in with an API key if they may.
  await publishEvent(
    db,
    env,
    reservation.tenantId,
    "checkin.completed",
    { reservationId: reservation.id, guests: input.guests.length, completedBy: by.kind, completedAt: new Date(now).toISOString(), url: `/v1/reservations/${reservation.id}/check-in` },
    { key: `checkin:${reservation.id}:completed`, now },
  );
  return row;
}

/** Marks a check-in begun (the guest sent an ID photo before the form), unless it already exists. */
export async function startCheckIn(db: Database, tenantId: string, reservationId: string, now = Date.now()): Promise<void> {
  await db.insert(guestCheckIns).values({ reservationId, tenantId, status: "started", guests: [], startedAt: now }).onConflictDoNothing();
}

export async function checkInOf(db: Database, tenantId: string, reservationId: string): Promise<CheckInRow | null> {
  return (await db.select().from(guestCheckIns).where(and(eq(guestCheckIns.tenantId, tenantId), eq(guestCheckIns.reservationId, reservationId))).get()) ?? null;
}

/** Check-in state of many reservations at once (Today's arrivals). */
export async function checkInStatuses(db: Database, tenantId: string, reservationIds: string[]): Promise<Map<string, CheckInRow>> {
  if (reservationIds.length === 0) return new Map();
  const rows = await db.select().from(guestCheckIns).where(and(eq(guestCheckIns.tenantId, tenantId), inArray(guestCheckIns.reservationId, reservationIds))).all();
  return new Map(rows.map((r) => [r.reservationId, r]));
}

/** Confirmed stays arriving from..to (both included), with their check-in where there is one, by arrival. */
export async function arrivalsWithCheckIn(db: Database, tenantId: string, from: string, to: string) {
  return db
    .select({ reservation: reservations, unitName: accommodations.name, checkIn: guestCheckIns })
    .from(reservations)
    .innerJoin(accommodations, eq(accommodations.id, reservations.accommodationId))
    .leftJoin(guestCheckIns, eq(guestCheckIns.reservationId, reservations.id))
    .where(and(eq(reservations.tenantId, tenantId), inArray(reservations.status, ["confirmed"]), gte(reservations.checkIn, from), lte(reservations.checkIn, to)))
    .orderBy(reservations.checkIn, reservations.code)
    .all();
}

/** The ID photos of a reservation that still exist (the cron deletes them after the retention). */
export async function idPhotosOf(db: Database, tenantId: string, reservationId: string) {
  return db.select().from(guestIdPhotos).where(and(eq(guestIdPhotos.tenantId, tenantId), eq(guestIdPhotos.reservationId, reservationId))).orderBy(guestIdPhotos.createdAt).all();
}
