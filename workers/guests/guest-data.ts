import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { accommodationOfReservation } from "../../shared/ids";
import { log } from "../../shared/log";
import { calendarOf } from "../bookings/calendar";
import type { Database } from "../platform/db/client";
import { conversations, guestCheckIns, guestIdPhotos, guestMerges, guestRatings, guestSubjects, guests, messages, upsellPurchases } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { guestReservations, ownGuest, profileIds } from "./guest-profiles";

async function conversationIdsOf(db: Database, tenantId: string, ids: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: guestSubjects.subjectId })
    .from(guestSubjects)
    .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, "conversation"), inArray(guestSubjects.guestId, ids)))
    .all();
  return rows.map((r) => r.id);
}

/**
 * Everything Posada holds about one guest, as the owner must hand it over on request (Ley 25.326,
 * right of access): the profile and those merged into it, stays, conversations with every message,
 * check-in records, ratings and extras bought. ID photos are listed, not embedded.
 */
export async function exportGuest(db: Database, tenantId: string, guestId: string) {
  const guest = await ownGuest(db, tenantId, guestId);
  const ids = await profileIds(db, tenantId, guest.id);
  const profiles = await db.select().from(guests).where(and(eq(guests.tenantId, tenantId), inArray(guests.id, ids))).all();
  const stays = await guestReservations(db, tenantId, guest.id);
  const reservationIds = stays.map((s) => s.id);
  const conversationIds = await conversationIdsOf(db, tenantId, ids);
  const threads = conversationIds.length ? await db.select().from(conversations).where(and(eq(conversations.tenantId, tenantId), inArray(conversations.id, conversationIds))).all() : [];
  const threadMessages = conversationIds.length
    ? await db
        .select({ conversationId: messages.conversationId, direction: messages.direction, author: messages.author, text: messages.text, createdAt: messages.createdAt })
        .from(messages)
        .where(and(eq(messages.tenantId, tenantId), inArray(messages.conversationId, conversationIds)))
        .orderBy(asc(messages.createdAt))
        .all()
    : [];
  const [checkIns, photos, ratings, extras] = reservationIds.length
    ? await Promise.all([
        db.select().from(guestCheckIns).where(and(eq(guestCheckIns.tenantId, tenantId), inArray(guestCheckIns.reservationId, reservationIds))).all(),
        db
          .select({ id: guestIdPhotos.id, reservationId: guestIdPhotos.reservationId, contentType: guestIdPhotos.contentType, createdAt: guestIdPhotos.createdAt, deletedAt: guestIdPhotos.deletedAt })
          .from(guestIdPhotos)
          .where(and(eq(guestIdPhotos.tenantId, tenantId), inArray(guestIdPhotos.reservationId, reservationIds)))
          .all(),
        db.select().from(guestRatings).where(and(eq(guestRatings.tenantId, tenantId), inArray(guestRatings.reservationId, reservationIds))).all(),
        db
          .select({ reservationId: upsellPurchases.reservationId, title: upsellPurchases.title, amount: upsellPurchases.amount, currency: upsellPurchases.currency, status: upsellPurchases.status, createdAt: upsellPurchases.createdAt })
          .from(upsellPurchases)
          .where(and(eq(upsellPurchases.tenantId, tenantId), inArray(upsellPurchases.reservationId, reservationIds)))
          .all(),
      ])
    : [[], [], [], []];
  return {
    exportedAt: new Date().toISOString(),
    guest,
    mergedProfiles: profiles.filter((p) => p.id !== guest.id),
    reservations: stays,
    conversations: threads.map((t) => ({ ...t, messages: threadMessages.filter((m) => m.conversationId === t.id) })),
    checkIns,
    idPhotos: photos,
    ratings,
    extras,
  };
}

export const ANONYMOUS_NAME = "—";

/**
 * Erases a guest at their request (Ley 25.326, right of deletion). Reservations keep what
 * accounting needs (dates, unit, amounts, payments, code) with the name replaced and contacts and
 * notes removed, through their calendar objects so no later change brings the data back; threads
 * lose the guest's address, name and message texts; check-in records lose the registered people
 * and ID photos are deleted; ratings keep their score without the comment; the profile (and those
 * merged into it) keep only their id. Report totals are untouched. Running it again is harmless.
 */
export async function eraseGuest(db: Database, env: Env, tenantId: string, guestId: string) {
  const guest = await ownGuest(db, tenantId, guestId);
  if (guest.mergedInto) throw new AppError(409, "guest_merged", "This profile is merged into another: erase that one", { mergedInto: guest.mergedInto });
  const ids = await profileIds(db, tenantId, guest.id);
  const stays = await guestReservations(db, tenantId, guest.id);
  const reservationIds = stays.map((s) => s.id);
  const conversationIds = await conversationIdsOf(db, tenantId, ids);

  const byCalendar = new Map<string, string[]>();
  for (const id of reservationIds) {
    const accommodationId = accommodationOfReservation(id);
    if (accommodationId) byCalendar.set(accommodationId, [...(byCalendar.get(accommodationId) ?? []), id]);
  }
  for (const [accommodationId, ids] of byCalendar) await calendarOf(env, accommodationId).anonymiseGuest({ tenantId, reservationIds: ids, name: ANONYMOUS_NAME });

  for (const conversationId of conversationIds) await env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(conversationId)).forgetDialog();

  const photos = reservationIds.length
    ? await db.select({ id: guestIdPhotos.id, objectKey: guestIdPhotos.objectKey }).from(guestIdPhotos).where(and(eq(guestIdPhotos.tenantId, tenantId), inArray(guestIdPhotos.reservationId, reservationIds), isNull(guestIdPhotos.deletedAt))).all()
    : [];
  if (photos.length > 0) await env.RECEIPTS.delete(photos.map((p) => p.objectKey));

  const now = Date.now();
  const statements = [
    db.update(guests).set({ name: "", phone: null, email: null, notes: null, tags: [], marketingConsent: false, lang: null, anonymisedAt: now, updatedAt: now }).where(and(eq(guests.tenantId, tenantId), inArray(guests.id, ids))),
    db.update(guestMerges).set({ targetBefore: { notes: null, tags: [], marketingConsent: false, lang: null } }).where(and(eq(guestMerges.tenantId, tenantId), inArray(guestMerges.targetId, ids))),
  ];
  if (conversationIds.length) {
    for (const conversationId of conversationIds) {
      statements.push(db.update(conversations).set({ guestName: null, guestAddress: `erased:${conversationId}`, emailSubject: null }).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId))) as never);
    }
    statements.push(db.update(messages).set({ text: "", mediaId: null, template: null }).where(and(eq(messages.tenantId, tenantId), inArray(messages.conversationId, conversationIds))) as never);
  }
  if (reservationIds.length) {
    statements.push(
      db.update(guestCheckIns).set({ guests: [], holderBirthDate: null, vehiclePlate: null, requests: null }).where(and(eq(guestCheckIns.tenantId, tenantId), inArray(guestCheckIns.reservationId, reservationIds))) as never,
      db.update(guestIdPhotos).set({ deletedAt: now }).where(and(eq(guestIdPhotos.tenantId, tenantId), inArray(guestIdPhotos.reservationId, reservationIds), isNull(guestIdPhotos.deletedAt))) as never,
      db.update(guestRatings).set({ comment: null }).where(and(eq(guestRatings.tenantId, tenantId), inArray(guestRatings.reservationId, reservationIds))) as never,
    );
  }
  await db.batch(statements as [typeof statements[0], ...typeof statements]);
  log("info", "guest_erased", { tenantId, guestId: guest.id, reservations: reservationIds.length, conversations: conversationIds.length });
  return { reservations: reservationIds.length, conversations: conversationIds.length };
}
