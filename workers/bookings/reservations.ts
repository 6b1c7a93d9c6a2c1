import { and, desc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import { todayIn } from "../../shared/domain/dates";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { isUniqueViolation } from "../platform/db/errors";
import { payments, reservations } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import { publishLive } from "../platform/live/publish";
import { getAccommodation } from "../accommodations/accommodations";
import { calendarOf } from "./calendar";
import { quoteFor } from "./quotes";
import { nextReservationCode } from "./reservation-codes";

export type ReservationRow = typeof reservations.$inferSelect;

export interface CreateReservationInput {
  accommodationId: string;
  checkIn: string;
  checkOut: string;
  guests: number;
  guest: { name: string; phone?: string; email?: string };
  source?: ReservationRow["source"];
  idempotencyKey?: string;
  conversationId?: string;
}

/**
 * Creates a held reservation. The quote and the record come first; the calendar object then
 * decides, serialized per accommodation, whether the nights are free. A lost race removes the
 * record again and answers 409, so no partial reservation is left behind.
 */
export async function createReservation(db: Database, env: Env, tenantId: string, input: CreateReservationInput) {
  if (input.idempotencyKey) {
    const previous = await findByIdempotencyKey(db, tenantId, input.idempotencyKey);
    if (previous) return previous;
  }
  const accommodation = await getAccommodation(db, tenantId, input.accommodationId);
  const quote = quoteFor(accommodation, input);
  const id = newId("res");
  const code = await nextReservationCode(db, tenantId, todayIn(accommodation.timezone, new Date()));
  try {
    await db.insert(reservations).values({
      id,
      tenantId,
      accommodationId: accommodation.id,
      code,
      status: "pending",
      checkIn: input.checkIn,
      checkOut: input.checkOut,
      guests: input.guests,
      guestName: input.guest.name,
      guestPhone: input.guest.phone ?? null,
      guestEmail: input.guest.email ?? null,
      source: input.source ?? "direct",
      totalAmount: quote.total.amount,
      depositAmount: quote.deposit.amount,
      currency: quote.total.currency,
      idempotencyKey: input.idempotencyKey ?? null,
      conversationId: input.conversationId ?? null,
    });
  } catch (error) {
    // The same idempotency key raced in twice: the first insert wins, the second answers with it.
    if (input.idempotencyKey && isUniqueViolation(error)) {
      const winner = await findByIdempotencyKey(db, tenantId, input.idempotencyKey);
      if (winner) return winner;
      throw new AppError(409, "idempotency_in_progress", "A request with this idempotency key is still being processed; retry in a moment");
    }
    throw error;
  }

  const discard = () => db.delete(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, id)));
  let held: Awaited<ReturnType<ReturnType<typeof calendarOf>["hold"]>>;
  try {
    held = await calendarOf(env, accommodation.id).hold({
      reservationId: id,
      tenantId,
      accommodationId: accommodation.id,
      checkIn: input.checkIn,
      checkOut: input.checkOut,
    });
  } catch (error) {
    // The call failed, so the hold may or may not exist. The record goes: an orphan hold
    // with no record lapses by itself within 30 minutes, while a stuck `pending` record never would.
    await discard();
    throw error;
  }
  if (!held.ok) {
    await discard();
    throw new AppError(409, "dates_unavailable", "Some of those nights are already taken", { conflicts: held.conflicts });
  }
  const row = await markStatus(db, tenantId, id, { status: "held", expiresAt: held.expiresAt });
  // The calendar announced the nights already; consoles learn of the record only now that it reads `held`.
  await publishLive(env, tenantId, { type: "reservation.changed", reservationId: id, accommodationId: accommodation.id, status: "held" });
  return row;
}

async function findByIdempotencyKey(db: Database, tenantId: string, key: string) {
  const row = await db
    .select()
    .from(reservations)
    .where(and(eq(reservations.tenantId, tenantId), eq(reservations.idempotencyKey, key)))
    .get();
  // A record still pending is the first request in flight or one that lost its race: not an answer yet.
  return row && row.status !== "pending" ? row : null;
}

async function markStatus(db: Database, tenantId: string, id: string, patch: Partial<Pick<ReservationRow, "status" | "expiresAt" | "extensionUsed" | "cancelReason">>) {
  const row = await db
    .update(reservations)
    .set({ ...patch, updatedAt: Date.now() })
    .where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, id)))
    .returning()
    .get();
  if (!row) throw notFound("Reservation");
  return row;
}

/** The tenant's reservation or 404; a record whose hold never happened does not exist. */
export async function getReservation(db: Database, tenantId: string, id: string): Promise<ReservationRow> {
  const row = await db.select().from(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, id))).get();
  if (!row || row.status === "pending") throw notFound("Reservation");
  return row;
}

export async function listReservations(
  db: Database,
  tenantId: string,
  filters: { status?: ReservationRow["status"][]; from?: string; to?: string; accommodationId?: string },
) {
  const conditions: SQL[] = [eq(reservations.tenantId, tenantId)];
  if (filters.status) conditions.push(inArray(reservations.status, filters.status));
  if (filters.accommodationId) conditions.push(eq(reservations.accommodationId, filters.accommodationId));
  // Stays touching the days from..to, both included: they end on or after `from` and start on or
  // before `to`, so from = to = today lists today's arrivals, departures and stays in progress.
  if (filters.from) conditions.push(gte(reservations.checkOut, filters.from));
  if (filters.to) conditions.push(lte(reservations.checkIn, filters.to));
  const rows = await db.select().from(reservations).where(and(...conditions)).orderBy(desc(reservations.createdAt)).limit(500).all();
  return rows.filter((row) => row.status !== "pending");
}

export async function extendReservation(db: Database, env: Env, tenantId: string, id: string) {
  const row = await getReservation(db, tenantId, id);
  const result = await calendarOf(env, row.accommodationId).extendHold({ reservationId: id });
  if (!result.ok) {
    const detail = result.code === "extension_used" ? "A hold can be extended once" : "Only a live hold can be extended";
    throw new AppError(409, result.code, detail);
  }
  return markStatus(db, tenantId, id, { expiresAt: result.expiresAt, extensionUsed: true });
}

/** Staff recording a payment by hand: the payment is kept and the stay confirmed by the calendar. */
export async function confirmReservation(
  db: Database,
  env: Env,
  tenantId: string,
  id: string,
  payment: { amount: { amount: number; currency: string }; method: string; reference?: string },
) {
  const row = await getReservation(db, tenantId, id);
  if (payment.amount.currency !== row.currency) {
    throw new AppError(422, "currency_mismatch", `The payment must be in ${row.currency}`);
  }
  const result = await calendarOf(env, row.accommodationId).confirm({ reservationId: id });
  if (!result.ok) {
    const detail = result.code === "dates_unavailable" ? "The nights were taken after the hold expired" : "Only a live hold can be confirmed";
    throw new AppError(409, result.code, detail);
  }
  if (!result.alreadyConfirmed) {
    await db.insert(payments).values({
      id: newId("pay"),
      tenantId,
      reservationId: id,
      provider: "manual",
      method: payment.method,
      amount: payment.amount.amount,
      currency: payment.amount.currency,
      status: "approved",
      reference: payment.reference ?? null,
    });
  }
  return markStatus(db, tenantId, id, { status: "confirmed", expiresAt: null });
}

export async function cancelReservation(db: Database, env: Env, tenantId: string, id: string, reason?: string) {
  const row = await getReservation(db, tenantId, id);
  const result = await calendarOf(env, row.accommodationId).cancel({ reservationId: id });
  if (!result.ok) throw new AppError(409, result.code, "This reservation can no longer be cancelled");
  return markStatus(db, tenantId, id, { status: "cancelled", expiresAt: null, cancelReason: reason ?? null });
}

export async function paymentsOf(db: Database, tenantId: string, reservationId: string) {
  return db.select().from(payments).where(and(eq(payments.tenantId, tenantId), eq(payments.reservationId, reservationId))).all();
}
