import { and, desc, eq, gte, inArray, lte, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { ReservationView } from "../../durable-objects/calendar/results";
import { accommodationOfReservation } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { foldedColumn, foldText } from "../platform/db/folded-text";
import { payments, reservations } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import type { PackageTerms } from "../../shared/packages/package-fit";
import { guestDiscount } from "../loyalty/guest-discount";
import { calendarOf } from "./calendar";
import { discountTenants } from "./discount-tenants";

/** A reservation, as its calendar object or the read model holds it (the same shape). */
export type Reservation = ReservationView;
export type ReservationRow = typeof reservations.$inferSelect;

export interface CreateReservationInput {
  accommodationId: string;
  checkIn: string;
  checkOut: string;
  guests: number;
  guest: { name: string; phone?: string; email?: string };
  source?: Reservation["source"];
  idempotencyKey?: string;
  conversationId?: string;
  /** A service package the stay is booked with; the calendar object checks it fits and prices by it. */
  package?: PackageTerms;
  /** The guest's profile, when the caller knows it; otherwise their phone or email may find it. */
  guestId?: string;
  /** Whether the phone or email may find the guest (default); a public chat's typed contact may not. */
  findGuestByContact?: boolean;
}

const QUOTE_CODES = new Set(["invalid_range", "min_stay", "over_capacity", "in_the_past", "too_long"]);

/**
 * Creates a held reservation: one call to the accommodation's calendar object, which prices the
 * stay from its copy of the accommodation, checks the nights, makes the code and commits the
 * reservation with its nights in one transaction. The read model hears of it afterwards.
 *
 * A known guest's loyalty discount goes with the call, as a rule the object takes off the price it
 * makes (once, on its own line). Finding it is a D1 read, made only where it can matter: a guest
 * named by id is always read (they lend the hold the contact it lacks); a hold naming only a phone
 * or email goes to the object first, which sends it back (guest_discount_needed, nothing written)
 * when its tenant's tiers give discounts. This isolate then remembers to read first for that tenant
 * a while, so a lodging with a programme pays one read per hold and one without pays none.
 */
export async function createReservation(db: Database, env: Env, tenantId: string, input: CreateReservationInput): Promise<Reservation> {
  if (!input.accommodationId.startsWith("acc_")) throw notFound("Accommodation");
  const { guestId, findGuestByContact = true, ...hold } = input;
  const byContact = findGuestByContact ? { phone: input.guest.phone, email: input.guest.email } : {};
  const calendar = calendarOf(env, input.accommodationId);
  const holdFor = async (discount: "look_up" | "ask" | "none") => {
    const stay = { ...hold, tenantId, source: input.source ?? "direct" };
    if (discount === "none") return calendar.hold(stay);
    if (discount === "ask") return calendar.hold({ ...stay, guestDiscount: "ask" });
    const { guest, rules } = await guestDiscount(db, tenantId, { guestId, ...byContact });
    const contact = guestId && guest ? { phone: input.guest.phone ?? guest.phone ?? undefined, email: input.guest.email ?? guest.email ?? undefined } : {};
    return calendar.hold({ ...stay, guest: { ...input.guest, ...contact }, ...(rules.length > 0 ? { adjustments: rules } : {}) });
  };
  const byContactOnly = !guestId && Boolean(byContact.phone || byContact.email);
  let result = await holdFor(guestId || (byContactOnly && discountTenants.knows(tenantId)) ? "look_up" : byContactOnly ? "ask" : "none");
  if (!result.ok && result.code === "guest_discount_needed") {
    discountTenants.remember(tenantId);
    result = await holdFor("look_up");
  }
  if (result.ok) return result.reservation;
  switch (result.code) {
    case "not_found":
      throw notFound("Accommodation");
    case "dates_unavailable":
      throw new AppError(409, "dates_unavailable", "Some of those nights are already taken", { conflicts: result.conflicts });
    case "idempotency_key_reused":
      throw new AppError(422, "idempotency_key_reused", "This idempotency key was used for a different request");
    case "package_does_not_fit":
      throw new AppError(422, "package_does_not_fit", "The package is not sold for this unit, these dates or this number of nights", { errors: [{ path: "packageId", message: "does not fit the stay" }] });
    default:
      if (QUOTE_CODES.has(result.code) && "detail" in result) throw new AppError(422, result.code, result.detail);
      throw new AppError(422, result.code, "The stay cannot be held");
  }
}

/**
 * The tenant's reservation or 404. It is read from the calendar object its id names, so a read
 * right after any change (a 201, an extension, a confirmation) sees that change; the read
 * model is only asked for reservations whose ids name no calendar. A caller that reads the stay's
 * payments or money from the read model beside it asks for it `settled`: the calendar first hands
 * the read model what it committed about the stay, so a confirmation never shows without its payment.
 */
export async function getReservation(db: Database, env: Env, tenantId: string, id: string, options: { settled?: boolean } = {}): Promise<Reservation> {
  const accommodationId = accommodationOfReservation(id);
  if (accommodationId) {
    const found = await calendarOf(env, accommodationId).reservation({ tenantId, reservationId: id, settled: options.settled });
    if (!found) throw notFound("Reservation");
    return found;
  }
  const row = await db.select().from(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, id))).get();
  if (!row) throw notFound("Reservation");
  return { ...row, status: row.status, source: row.source };
}

/** Reservations from the read model: in step with the calendars a few milliseconds after each change. */
export async function listReservations(
  db: Database,
  tenantId: string,
  filters: { status?: ReservationRow["status"][]; from?: string; to?: string; accommodationId?: string; q?: string },
): Promise<ReservationRow[]> {
  const conditions: SQL[] = [eq(reservations.tenantId, tenantId)];
  const search = filters.q ? guestSearch(filters.q) : undefined;
  if (search) conditions.push(search);
  if (filters.status) conditions.push(inArray(reservations.status, filters.status));
  if (filters.accommodationId) conditions.push(eq(reservations.accommodationId, filters.accommodationId));
  // Stays touching the days from..to, both included: they end on or after `from` and start on or
  // before `to`, so from = to = today lists today's arrivals, departures and stays in progress.
  if (filters.from) conditions.push(gte(reservations.checkOut, filters.from));
  if (filters.to) conditions.push(lte(reservations.checkIn, filters.to));
  return db.select().from(reservations).where(and(...conditions)).orderBy(desc(reservations.createdAt)).limit(500).all();
}

/**
 * A guest's name, email or reservation code containing the text (any case, with or without
 * accents: "gomez" finds "Gómez"), or a phone number
 * containing its digits whatever spaces, dashes or brackets either was written with.
 */
function guestSearch(text: string): SQL | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const pattern = `%${foldText(trimmed).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = (column: SQLWrapper) => sql`${foldedColumn(column)} LIKE ${pattern} ESCAPE '\\'`;
  const matches: SQL[] = [like(reservations.guestName), like(reservations.guestEmail), like(reservations.code)];
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length >= 3) {
    matches.push(sql`replace(replace(replace(replace(replace(${reservations.guestPhone}, ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') LIKE ${`%${digits}%`}`);
  }
  return or(...matches);
}

function calendarOfReservation(env: Env, id: string) {
  const accommodationId = accommodationOfReservation(id);
  if (!accommodationId) throw notFound("Reservation");
  return calendarOf(env, accommodationId);
}

export async function extendReservation(env: Env, tenantId: string, id: string): Promise<Reservation> {
  const result = await calendarOfReservation(env, id).extendHold({ tenantId, reservationId: id });
  if (result.ok) return result.reservation;
  if (result.code === "not_found") throw notFound("Reservation");
  const detail = result.code === "extension_used" ? "A hold can be extended once" : "Only a live hold can be extended";
  throw new AppError(409, result.code, detail);
}

export async function cancelReservation(env: Env, tenantId: string, id: string, reason?: string): Promise<Reservation> {
  const result = await calendarOfReservation(env, id).cancel({ tenantId, reservationId: id, reason });
  if (result.ok) return result.reservation;
  if (result.code === "not_found") throw notFound("Reservation");
  throw new AppError(409, result.code, "This reservation can no longer be cancelled");
}

/** The reservation's payments, from the read model. */
export async function paymentsOf(db: Database, tenantId: string, reservationId: string) {
  return db.select().from(payments).where(and(eq(payments.tenantId, tenantId), eq(payments.reservationId, reservationId))).all();
}
