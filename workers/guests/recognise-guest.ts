import { and, eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { guestSubjects, guests } from "../platform/db/schema";
import { findGuestByContact, liveGuest } from "./find-guest";
import { staySummary } from "./guest-profiles";
import { linkConversationGuest } from "./link-subjects";

/** What the assistant may use of a guest it knows: how to call them, how to reach them, whether they stayed before. */
export interface KnownGuest {
  guestId: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  /** Confirmed stays, past and ahead: one makes the guest a returning one. */
  confirmedStays: number;
}

/**
 * The profile behind a conversation: the one the thread is linked to (a WhatsApp number or an email
 * address links it from the first message), else the one the contact a web chat visitor gave names,
 * and the thread is linked to it from then on. Nobody known, or a guest whose data was erased: null.
 */
export async function recogniseGuest(db: Database, tenantId: string, conversationId: string, contact: { phone: string | null; email: string | null }): Promise<KnownGuest | null> {
  const link = await db
    .select({ guest: guests })
    .from(guestSubjects)
    .innerJoin(guests, eq(guests.id, guestSubjects.guestId))
    .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, "conversation"), eq(guestSubjects.subjectId, conversationId)))
    .get();
  let guest = link ? await liveGuest(db, tenantId, link.guest) : null;
  if (!guest && (contact.phone || contact.email)) {
    guest = await findGuestByContact(db, tenantId, contact);
    if (guest) await linkConversationGuest(db, tenantId, conversationId, contact);
  }
  if (!guest || guest.anonymisedAt) return null;
  const summary = await staySummary(db, tenantId, guest.id);
  return { guestId: guest.id, name: guest.name.trim() || null, phone: guest.phone, email: guest.email, confirmedStays: summary.confirmedStays };
}
