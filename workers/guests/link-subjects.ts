import { and, eq, inArray, or } from "drizzle-orm";
import { normaliseEmail, normalisePhone } from "../../shared/guests/phone";
import type { Database } from "../platform/db/client";
import { conversations, guestSubjects, guests, reservations } from "../platform/db/schema";
import { findOrCreateGuest, type GuestContact, type GuestRow } from "./find-guest";
import { contactlessGuestId, planGuests } from "./plan-guests";

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
 * link in place.
 *
 * A burst of holds is linked in a fixed number of round trips, not a few per stay: the links already
 * made, the stays, and every profile their contacts name are read at once, the profiles are matched
 * in memory (see planGuests), and the new profiles and the links are written in one batch each. Only
 * a profile that must gain a contact it lacks, or a new one that met another made meanwhile, takes
 * the one-by-one path (findOrCreateGuest), which settles those cases on the unique indexes.
 */
export async function linkReservationGuests(db: Database, tenantId: string, reservationIds: string[]): Promise<string[]> {
  const ids = [...new Set(reservationIds)];
  if (ids.length === 0) return [];
  // The links already made and the stays, in one round trip; a linked stay's row is then left aside.
  const [linked, read] = await db.batch([
    db
      .select({ subjectId: guestSubjects.subjectId })
      .from(guestSubjects)
      .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, "reservation"), inArray(guestSubjects.subjectId, ids))),
    db
      .select({ id: reservations.id, guestName: reservations.guestName, guestPhone: reservations.guestPhone, guestEmail: reservations.guestEmail, conversationId: reservations.conversationId, lang: conversations.lang })
      .from(reservations)
      .leftJoin(conversations, eq(conversations.id, reservations.conversationId))
      .where(and(eq(reservations.tenantId, tenantId), inArray(reservations.id, ids))),
  ]);
  const known = new Set(linked.map((l) => l.subjectId));
  const unlinked = ids.filter((id) => !known.has(id));
  if (unlinked.length === 0) return [];
  const rows = read.filter((row) => !known.has(row.id));
  // In the order the changes came, so the first stay of a new guest names their profile.
  const order = new Map(unlinked.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const stays = rows.map((r) => ({ reservationId: r.id, conversationId: r.conversationId, contact: { name: r.guestName, phone: r.guestPhone, email: r.guestEmail, lang: r.lang ?? null } }));
  const plan = planGuests(stays, await profilesNamedBy(db, tenantId, stays.map((s) => s.contact)), tenantId);

  const created = await insertAll(db, plan.created);
  const guestOf = new Map<string, string>();
  for (const stay of stays) {
    const planned = plan.guestOf.get(stay.reservationId);
    // A new profile another delivery made first, or a known one that must gain a contact: one by one.
    if (planned && (planned.kind !== "new" || created.has(planned.guestId))) guestOf.set(stay.reservationId, planned.guestId);
    else guestOf.set(stay.reservationId, (await findOrCreateGuest(db, tenantId, stay.contact))?.id ?? (await contactlessGuest(db, tenantId, stay.reservationId, stay.contact)));
  }

  // The first link wins (see link): a redelivered event never moves a stay away from its profile.
  const links = stays.flatMap((stay) => {
    const guestId = guestOf.get(stay.reservationId)!;
    return [
      { subjectType: "reservation" as const, subjectId: stay.reservationId, tenantId, guestId },
      ...(stay.conversationId ? [{ subjectType: "conversation" as const, subjectId: stay.conversationId, tenantId, guestId }] : []),
    ];
  });
  const linkStatements = chunks(links, LINKS_PER_STATEMENT).map((chunk) => db.insert(guestSubjects).values(chunk).onConflictDoNothing());
  if (linkStatements.length > 0) await db.batch(linkStatements as [(typeof linkStatements)[number], ...typeof linkStatements]);
  return [...new Set(guestOf.values())];
}

/** D1 binds at most 100 parameters per statement: rows per multi-row insert, and contacts per read. */
const GUESTS_PER_STATEMENT = 7;
const LINKS_PER_STATEMENT = 20;
const CONTACTS_PER_READ = 90;

/** Every profile holding one of these phones or emails, merged or not, in one read per 90 contacts. */
async function profilesNamedBy(db: Database, tenantId: string, contacts: GuestContact[]): Promise<GuestRow[]> {
  const phones = [...new Set(contacts.map((c) => (c.phone ? normalisePhone(c.phone) : null)).filter((p): p is string => p !== null))];
  const emails = [...new Set(contacts.map((c) => (c.email ? normaliseEmail(c.email) : null)).filter((e): e is string => e !== null))];
  const found: GuestRow[] = [];
  for (const part of chunks([...phones.map((value) => ({ phone: value })), ...emails.map((value) => ({ email: value }))], CONTACTS_PER_READ)) {
    const byPhone = part.flatMap((c) => ("phone" in c ? [c.phone] : []));
    const byEmail = part.flatMap((c) => ("email" in c ? [c.email] : []));
    found.push(
      ...(await db
        .select()
        .from(guests)
        .where(and(eq(guests.tenantId, tenantId), or(byPhone.length > 0 ? inArray(guests.phone, byPhone) : undefined, byEmail.length > 0 ? inArray(guests.email, byEmail) : undefined)))
        .all()),
    );
  }
  return found;
}

/** Inserts the new profiles, answering the ids that went in (one lost to a profile made meanwhile is absent). */
async function insertAll(db: Database, rows: Array<typeof guests.$inferInsert>): Promise<Set<string>> {
  const statements = chunks(rows, GUESTS_PER_STATEMENT).map((chunk) => db.insert(guests).values(chunk).onConflictDoNothing().returning({ id: guests.id }));
  if (statements.length === 0) return new Set();
  const results = await db.batch(statements as [(typeof statements)[number], ...typeof statements]);
  return new Set(results.flat().map((r) => r.id));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A stay booked with a name only (a walk-in, a phone call) still gets a profile of its own, so every
 * stay has a guest; staff merge it into the right one when they recognise them. Its id comes from
 * the reservation's, so a redelivery racing the first delivery makes the same one.
 */
async function contactlessGuest(db: Database, tenantId: string, reservationId: string, contact: GuestContact): Promise<string> {
  const id = contactlessGuestId(reservationId);
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
