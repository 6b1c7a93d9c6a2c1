import { newId } from "../../shared/ids";
import { normaliseEmail, normalisePhone } from "../../shared/guests/phone";
import type { guests } from "../platform/db/schema";
import type { GuestContact, GuestRow } from "./find-guest";

export interface StayContact {
  reservationId: string;
  contact: GuestContact;
}

/**
 * Where a stay's link goes: a profile that exists (`known`), one this batch creates (`new`, valid
 * once its insert went in), or the stay's own contactless profile (its id comes from the
 * reservation's, so it is the same one however often it is made). A stay with no entry takes the
 * one-by-one path.
 */
export type PlannedGuest = { kind: "known" | "new" | "contactless"; guestId: string };

export interface GuestPlan {
  guestOf: Map<string, PlannedGuest>;
  created: Array<typeof guests.$inferInsert>;
}

/**
 * Matches a batch of stays to profiles in memory, by the rules of findOrCreateGuest: the profile
 * holding the phone wins over the one holding the email; a merged profile is linked as it is (the
 * stay follows its contact back out if the merge is undone); a contact nobody holds makes a new
 * profile, which the batch's later stays of the same guest then find and complete. A known profile
 * that would gain a name, language, phone or email is left to the one-by-one path, which checks the
 * contact is still free and writes it.
 */
export function planGuests(stays: StayContact[], profiles: GuestRow[], tenantId: string, now = Date.now()): GuestPlan {
  type Candidate = { row: GuestRow | (typeof guests.$inferInsert & { id: string }); isNew: boolean };
  const byPhone = new Map<string, Candidate>();
  const byEmail = new Map<string, Candidate>();
  for (const row of profiles) {
    // Several rows cannot hold one phone (unique per tenant); the first read wins for an email, as in profileWithContact.
    if (row.phone && !byPhone.has(row.phone)) byPhone.set(row.phone, { row, isNew: false });
    if (row.email && !byEmail.has(row.email)) byEmail.set(row.email, { row, isNew: false });
  }
  const guestOf = new Map<string, PlannedGuest>();
  const created: Array<typeof guests.$inferInsert & { id: string }> = [];

  for (const { reservationId, contact } of stays) {
    const phone = contact.phone ? normalisePhone(contact.phone) : null;
    const email = contact.email ? normaliseEmail(contact.email) : null;
    const name = contact.name?.trim() ?? "";
    if (!phone && !email) {
      const id = contactlessGuestId(reservationId);
      created.push({ id, tenantId, name, lang: contact.lang ?? null, tags: [], createdAt: now, updatedAt: now });
      guestOf.set(reservationId, { kind: "contactless", guestId: id });
      continue;
    }
    const found = (phone ? byPhone.get(phone) : undefined) ?? (email ? byEmail.get(email) : undefined);
    if (!found) {
      const row = { id: newId("gst", now), tenantId, name, phone, email, lang: contact.lang ?? null, tags: [], createdAt: now, updatedAt: now };
      created.push(row);
      const candidate = { row, isNew: true };
      if (phone) byPhone.set(phone, candidate);
      if (email) byEmail.set(email, candidate);
      guestOf.set(reservationId, { kind: "new", guestId: row.id });
      continue;
    }
    if (found.isNew) {
      // The same new guest again in this batch: the profile not yet written gains what it lacks.
      const row = found.row;
      if (!row.name && name) row.name = name;
      if (!row.lang && contact.lang) row.lang = contact.lang;
      if (!row.phone && phone && !byPhone.has(phone)) byPhone.set((row.phone = phone), found);
      if (!row.email && email && !byEmail.has(email)) byEmail.set((row.email = email), found);
      guestOf.set(reservationId, { kind: "new", guestId: row.id });
      continue;
    }
    const row = found.row as GuestRow;
    const gainsSomething = !row.mergedInto && !row.anonymisedAt && ((!row.name && name) || (!row.lang && contact.lang) || (!row.phone && phone) || (!row.email && email));
    if (!gainsSomething) guestOf.set(reservationId, { kind: "known", guestId: row.id });
  }
  return { guestOf, created };
}

/** A stay booked with a name only gets a profile of its own, whose id comes from the reservation's. */
export function contactlessGuestId(reservationId: string): string {
  return `gst_${reservationId.slice("res_".length, "res_".length + 26)}`;
}
