import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { normaliseEmail, normalisePhone } from "../../shared/guests/phone";
import type { Database } from "../platform/db/client";
import { foldedColumn, foldText } from "../platform/db/folded-text";
import { isUniqueViolation } from "../platform/db/errors";
import { accommodations, guestRatings, guestSubjects, guests, reservations } from "../platform/db/schema";
import { AppError, notFound } from "../platform/errors";
import type { GuestLang, GuestRow } from "./find-guest";

/** A profile of this tenant that is not merged into another, or 404. */
export async function ownGuest(db: Database, tenantId: string, id: string): Promise<GuestRow> {
  const row = await db.select().from(guests).where(and(eq(guests.tenantId, tenantId), eq(guests.id, id))).get();
  if (!row) throw notFound("Guest");
  return row;
}

/** The profile ids whose links count as this guest's: itself and every profile merged into it. */
export async function profileIds(db: Database, tenantId: string, guestId: string): Promise<string[]> {
  const ids = [guestId];
  for (let i = 0; i < ids.length && ids.length < 200; i++) {
    const merged = await db.select({ id: guests.id }).from(guests).where(and(eq(guests.tenantId, tenantId), eq(guests.mergedInto, ids[i]!))).all();
    ids.push(...merged.map((m) => m.id));
  }
  return ids;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Profiles matching the text by name (any case, with or without accents), email, tag, a stay's
 * code, or phone in any format ("011 15 5555-0000" finds +5491155550000; a few digits find numbers containing them).
 * Merged profiles are found through the one they live in.
 */
export async function searchGuests(db: Database, tenantId: string, q: string | undefined, limit = 50) {
  const text = q?.trim() ?? "";
  const conditions: SQL[] = [];
  if (text) {
    const pattern = `%${escapeLike(foldText(text))}%`;
    const like = (column: SQLWrapper) => sql`${foldedColumn(column)} LIKE ${pattern} ESCAPE '\\'`;
    conditions.push(like(guests.name), like(guests.email), sql`${foldedColumn(guests.tags)} LIKE ${`%"${escapeLike(foldText(text))}%`} ESCAPE '\\'`);
    const phone = normalisePhone(text);
    if (phone) conditions.push(eq(guests.phone, phone));
    const email = normaliseEmail(text);
    if (email) conditions.push(eq(guests.email, email));
    if (/^RES\d{7,}$/i.test(text)) {
      conditions.push(
        sql`${guests.id} IN (SELECT ${guestSubjects.guestId} FROM ${guestSubjects} JOIN ${reservations} ON ${reservations.id} = ${guestSubjects.subjectId} WHERE ${guestSubjects.tenantId} = ${tenantId} AND ${guestSubjects.subjectType} = 'reservation' AND ${reservations.code} = ${text.toUpperCase()})`,
      );
    }
    const digits = text.replace(/\D/g, "");
    if (digits.length >= 4 && !/^RES/i.test(text)) conditions.push(sql`${guests.phone} LIKE ${`%${digits}%`}`);
  }
  const matches = await db
    .select({ id: guests.id, mergedInto: guests.mergedInto })
    .from(guests)
    .where(and(eq(guests.tenantId, tenantId), isNull(guests.anonymisedAt), conditions.length > 0 ? or(...conditions) : undefined))
    .orderBy(desc(guests.updatedAt))
    .limit(limit * 2)
    .all();
  const live = new Set<string>();
  for (const match of matches) {
    let id = match.id;
    let mergedInto = match.mergedInto;
    for (let hops = 0; mergedInto && hops < 20; hops++) {
      id = mergedInto;
      mergedInto = (await db.select({ mergedInto: guests.mergedInto }).from(guests).where(eq(guests.id, id)).get())?.mergedInto ?? null;
    }
    live.add(id);
    if (live.size >= limit) break;
  }
  if (live.size === 0) return [];
  const rows = await db.select().from(guests).where(and(eq(guests.tenantId, tenantId), inArray(guests.id, [...live]))).all();
  const order = [...live];
  rows.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return Promise.all(rows.map(async (row) => ({ guest: row, summary: await staySummary(db, tenantId, row.id) })));
}

export interface StaySummary {
  /** Confirmed stays whose check-out has come, the ones that make a guest "returning". */
  completedStays: number;
  /** Confirmed stays, past and ahead. */
  confirmedStays: number;
  nights: number;
  spend: { amount: number; currency: string }[];
  lastCheckOut: string | null;
}

/** The guest's reservations (their own and those of profiles merged into them), newest first. */
export async function guestReservations(db: Database, tenantId: string, guestId: string) {
  const ids = await profileIds(db, tenantId, guestId);
  return db
    .select({
      id: reservations.id,
      code: reservations.code,
      status: reservations.status,
      accommodationId: reservations.accommodationId,
      accommodationName: accommodations.name,
      checkIn: reservations.checkIn,
      checkOut: reservations.checkOut,
      guests: reservations.guests,
      source: reservations.source,
      totalAmount: reservations.totalAmount,
      currency: reservations.currency,
      guestName: reservations.guestName,
      guestPhone: reservations.guestPhone,
      guestEmail: reservations.guestEmail,
      notes: reservations.notes,
      createdAt: reservations.createdAt,
    })
    .from(guestSubjects)
    .innerJoin(reservations, eq(reservations.id, guestSubjects.subjectId))
    .innerJoin(accommodations, eq(accommodations.id, reservations.accommodationId))
    .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, "reservation"), inArray(guestSubjects.guestId, ids), eq(reservations.tenantId, tenantId)))
    .orderBy(desc(reservations.checkIn))
    .all();
}

function nightsBetween(checkIn: string, checkOut: string): number {
  return Math.round((Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / 86_400_000);
}

export function summarise(stays: { status: string; checkIn: string; checkOut: string; totalAmount: number; currency: string }[], today = new Date().toISOString().slice(0, 10)): StaySummary {
  const confirmed = stays.filter((s) => s.status === "confirmed");
  const spend = new Map<string, number>();
  for (const stay of confirmed) spend.set(stay.currency, (spend.get(stay.currency) ?? 0) + stay.totalAmount);
  const completed = confirmed.filter((s) => s.checkOut <= today);
  return {
    completedStays: completed.length,
    confirmedStays: confirmed.length,
    nights: confirmed.reduce((sum, s) => sum + nightsBetween(s.checkIn, s.checkOut), 0),
    spend: [...spend].map(([currency, amount]) => ({ amount, currency })),
    lastCheckOut: completed.map((s) => s.checkOut).sort().at(-1) ?? null,
  };
}

export async function staySummary(db: Database, tenantId: string, guestId: string): Promise<StaySummary> {
  return summarise(await guestReservations(db, tenantId, guestId));
}

/** Everything the console shows of one guest. */
export async function guestProfile(db: Database, tenantId: string, id: string) {
  const guest = await ownGuest(db, tenantId, id);
  const stays = await guestReservations(db, tenantId, guest.id);
  const ratings = stays.length
    ? await db
        .select({ reservationId: guestRatings.reservationId, score: guestRatings.score, comment: guestRatings.comment, via: guestRatings.via, createdAt: guestRatings.createdAt })
        .from(guestRatings)
        .where(and(eq(guestRatings.tenantId, tenantId), inArray(guestRatings.reservationId, stays.map((s) => s.id))))
        .orderBy(asc(guestRatings.createdAt))
        .all()
    : [];
  const merged = await db
    .select({ id: guests.id, name: guests.name, phone: guests.phone, email: guests.email })
    .from(guests)
    .where(and(eq(guests.tenantId, tenantId), inArray(guests.id, (await profileIds(db, tenantId, guest.id)).filter((g) => g !== guest.id))))
    .all();
  return { guest, stays, ratings, merged, summary: summarise(stays) };
}

export interface GuestChanges {
  name?: string;
  phone?: string | null;
  email?: string | null;
  lang?: GuestLang | null;
  notes?: string | null;
  tags?: string[];
  marketingConsent?: boolean;
}

/** Staff edit a profile. A phone or email that belongs to another profile answers 409: merge them instead. */
export async function updateGuest(db: Database, tenantId: string, id: string, changes: GuestChanges): Promise<GuestRow> {
  const guest = await ownGuest(db, tenantId, id);
  if (guest.mergedInto) throw new AppError(409, "guest_merged", "This profile is merged into another: edit that one", { mergedInto: guest.mergedInto });
  if (guest.anonymisedAt) throw new AppError(409, "guest_anonymised", "This guest's data was erased");
  const patch: Partial<GuestRow> = { updatedAt: Date.now() };
  if (changes.name !== undefined) patch.name = changes.name.trim();
  if (changes.phone !== undefined) {
    const phone = changes.phone === null || changes.phone.trim() === "" ? null : normalisePhone(changes.phone);
    if (changes.phone !== null && changes.phone.trim() !== "" && !phone) throw new AppError(400, "validation_failed", "The phone number is not valid", { errors: [{ path: "phone", message: "invalid_phone" }] });
    patch.phone = phone;
  }
  if (changes.email !== undefined) {
    const email = changes.email === null || changes.email.trim() === "" ? null : normaliseEmail(changes.email);
    if (changes.email !== null && changes.email.trim() !== "" && !email) throw new AppError(400, "validation_failed", "The email address is not valid", { errors: [{ path: "email", message: "invalid_email" }] });
    patch.email = email;
  }
  if (changes.lang !== undefined) patch.lang = changes.lang;
  if (changes.notes !== undefined) patch.notes = changes.notes?.trim() || null;
  if (changes.tags !== undefined) patch.tags = [...new Set(changes.tags.map((t) => t.trim()).filter(Boolean))];
  if (changes.marketingConsent !== undefined) patch.marketingConsent = changes.marketingConsent;
  try {
    return (await db.update(guests).set(patch).where(and(eq(guests.tenantId, tenantId), eq(guests.id, id))).returning().get())!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(409, "guest_contact_taken", "Another guest has this phone or email: merge the two profiles instead");
    throw error;
  }
}
