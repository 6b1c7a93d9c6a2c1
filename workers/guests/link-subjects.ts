import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { conversations, guestSubjects, guests, reservations } from "../platform/db/schema";
import { findOrCreateGuest, type GuestContact } from "./find-guest";

type SubjectType = (typeof guestSubjects.$inferSelect)["subjectType"];

/** The guest a reservation or conversation is linked to, or null. */
export async function guestIdOf(db: Database, tenantId: string, subjectType: SubjectType, subjectId: string): Promise<string | null> {
  const row = await db
    .select({ guestId: guestSubjects.guestId })
    .from(guestSubjects)
    .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, subjectType), eq(guestSubjects.subjectId, subjectId)))
    .get();
  return row?.guestId ?? null;
}

async function link(db: Database, tenantId: string, subjectType: SubjectType, subjectId: string, guestId: string): Promise<void> {
  // The first link wins: a redelivered event, or a later edit of the contact, never moves a stay
  // away from the profile staff may already have merged or edited (a merge moves links itself).
  await db.insert(guestSubjects).values({ subjectType, subjectId, tenantId, guestId }).onConflictDoNothing();
}

/**
 * Links reservations (and the conversations they were booked in) to their guests, found or created
 * by phone or email, answering the guests that gained a stay in this call. Runs on every batch of
 * `reservation_changed` from the calendars' outboxes, so every way a reservation is born (console,
 * API, WhatsApp, web chat, email, quotations) is covered in one place, after the read model has it;
 * iCal imports are blocks, not reservations, and make no guest. Idempotent: a redelivery finds its
 * link in place, and the links already made are read in one query, so a burst of changes to known
 * stays costs one read.
 */
export async function linkReservationGuests(db: Database, tenantId: string, reservationIds: string[]): Promise<string[]> {
  const ids = [...new Set(reservationIds)];
  if (ids.length === 0) return [];
  const linked = await db
    .select({ subjectId: guestSubjects.subjectId })
    .from(guestSubjects)
    .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, "reservation"), inArray(guestSubjects.subjectId, ids)))
    .all();
  const known = new Set(linked.map((l) => l.subjectId));
  const unlinked = ids.filter((id) => !known.has(id));
  if (unlinked.length === 0) return [];
  const rows = await db
    .select({ id: reservations.id, guestName: reservations.guestName, guestPhone: reservations.guestPhone, guestEmail: reservations.guestEmail, conversationId: reservations.conversationId, lang: conversations.lang })
    .from(reservations)
    .leftJoin(conversations, eq(conversations.id, reservations.conversationId))
    .where(and(eq(reservations.tenantId, tenantId), inArray(reservations.id, unlinked)))
    .all();
  const gained = new Set<string>();
  // One after another: two stays of one new guest in the same batch meet the profile the first made.
  for (const reservation of rows) {
    const contact = { name: reservation.guestName, phone: reservation.guestPhone, email: reservation.guestEmail, lang: reservation.lang ?? null };
    const guestId = (await findOrCreateGuest(db, tenantId, contact))?.id ?? (await contactlessGuest(db, tenantId, reservation.id, contact));
    await link(db, tenantId, "reservation", reservation.id, guestId);
    if (reservation.conversationId) await link(db, tenantId, "conversation", reservation.conversationId, guestId);
    gained.add(guestId);
  }
  return [...gained];
}

/**
 * A stay booked with a name only (a walk-in, a phone call) still gets a profile of its own, so every
 * stay has a guest; staff merge it into the right one when they recognise them. Its id comes from
 * the reservation's, so a redelivery racing the first delivery makes the same one.
 */
async function contactlessGuest(db: Database, tenantId: string, reservationId: string, contact: GuestContact): Promise<string> {
  const id = `gst_${reservationId.slice("res_".length, "res_".length + 26)}`;
  const now = Date.now();
  await db.insert(guests).values({ id, tenantId, name: contact.name?.trim() ?? "", lang: contact.lang ?? null, tags: [], createdAt: now, updatedAt: now }).onConflictDoNothing();
  return id;
}

/**
 * Links a conversation to the guest its contact names: a WhatsApp number, an email address, or what
 * a web chat visitor told the assistant. Nothing happens when it is linked already or names nobody.
 */
export async function linkConversationGuest(db: Database, tenantId: string, conversationId: string, contact: GuestContact): Promise<string | null> {
  const existing = await guestIdOf(db, tenantId, "conversation", conversationId);
  if (existing) return existing;
  const guest = await findOrCreateGuest(db, tenantId, contact);
  if (!guest) return null;
  await link(db, tenantId, "conversation", conversationId, guest.id);
  return guest.id;
}
