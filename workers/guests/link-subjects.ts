import { and, eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { conversations, guestSubjects, guests, reservations } from "../platform/db/schema";
import { findOrCreateGuest, liveGuest, type GuestContact } from "./find-guest";

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

/** The profile a reservation or conversation counts in now: its linked guest, or the one that guest was merged into. */
export async function liveGuestIdOf(db: Database, tenantId: string, subjectType: SubjectType, subjectId: string): Promise<string | null> {
  const guestId = await guestIdOf(db, tenantId, subjectType, subjectId);
  if (!guestId) return null;
  const row = await db.select().from(guests).where(and(eq(guests.tenantId, tenantId), eq(guests.id, guestId))).get();
  return row ? (await liveGuest(db, tenantId, row)).id : null;
}

async function link(db: Database, tenantId: string, subjectType: SubjectType, subjectId: string, guestId: string): Promise<void> {
  // The first link wins: a redelivered event, or a later edit of the contact, never moves a stay
  // away from the profile staff may already have merged or edited (a merge moves links itself).
  await db.insert(guestSubjects).values({ subjectType, subjectId, tenantId, guestId }).onConflictDoNothing();
}

/**
 * Links a reservation (and the conversation it was booked in) to its guest, found or created by
 * its phone or email (answering `linked` when this call made the link). Runs on every `reservation_changed` from a calendar's outbox, so every way a
 * reservation is born (console, API, WhatsApp, web chat, email, quotations) is covered in one
 * place, after the read model has it; iCal imports are blocks, not reservations, and make no guest.
 * Idempotent: a redelivery finds the link in place.
 */
export async function linkReservationGuest(db: Database, tenantId: string, reservationId: string): Promise<{ guestId: string; linked: boolean } | null> {
  const existing = await guestIdOf(db, tenantId, "reservation", reservationId);
  if (existing) return { guestId: existing, linked: false };
  const reservation = await db
    .select({ guestName: reservations.guestName, guestPhone: reservations.guestPhone, guestEmail: reservations.guestEmail, conversationId: reservations.conversationId, lang: conversations.lang })
    .from(reservations)
    .leftJoin(conversations, eq(conversations.id, reservations.conversationId))
    .where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, reservationId)))
    .get();
  if (!reservation) return null;
  const contact = { name: reservation.guestName, phone: reservation.guestPhone, email: reservation.guestEmail, lang: reservation.lang ?? null };
  const guestId = (await findOrCreateGuest(db, tenantId, contact))?.id ?? (await contactlessGuest(db, tenantId, reservationId, contact));
  await link(db, tenantId, "reservation", reservationId, guestId);
  if (reservation.conversationId) await link(db, tenantId, "conversation", reservation.conversationId, guestId);
  return { guestId, linked: true };
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
