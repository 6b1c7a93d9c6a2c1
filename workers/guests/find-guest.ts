import { and, eq, or } from "drizzle-orm";
import { newId } from "../../shared/ids";
import { normaliseEmail, normalisePhone } from "../../shared/guests/phone";
import type { Database } from "../platform/db/client";
import { isUniqueViolation } from "../platform/db/errors";
import { guests } from "../platform/db/schema";

export type GuestRow = typeof guests.$inferSelect;
export type GuestLang = "es" | "pt" | "en";

export interface GuestContact {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  lang?: GuestLang | null;
}

/** The profile a merged one now lives in (merges may chain: A into B, then B into C). */
export async function liveGuest(db: Database, tenantId: string, row: GuestRow): Promise<GuestRow> {
  let current = row;
  for (let hops = 0; current.mergedInto && hops < 20; hops++) {
    const next = await db.select().from(guests).where(and(eq(guests.tenantId, tenantId), eq(guests.id, current.mergedInto))).get();
    if (!next) break;
    current = next;
  }
  return current;
}

/** The guest this phone or email belongs to (following merges), or null. Phone wins over email. */
export async function findGuestByContact(db: Database, tenantId: string, contact: GuestContact): Promise<GuestRow | null> {
  const found = await profileWithContact(db, tenantId, contact);
  return found ? liveGuest(db, tenantId, found) : null;
}

/**
 * The profile that holds this phone or email itself, merged or not. Links go to it rather than to
 * the profile it is merged into, so a stay follows its contact back out when the merge is undone.
 */
export async function profileWithContact(db: Database, tenantId: string, contact: GuestContact): Promise<GuestRow | null> {
  const phone = contact.phone ? normalisePhone(contact.phone) : null;
  const email = contact.email ? normaliseEmail(contact.email) : null;
  if (!phone && !email) return null;
  const matches = await db
    .select()
    .from(guests)
    .where(and(eq(guests.tenantId, tenantId), or(phone ? eq(guests.phone, phone) : undefined, email ? eq(guests.email, email) : undefined)))
    .all();
  return matches.find((g) => phone && g.phone === phone) ?? matches[0] ?? null;
}

/**
 * The profile holding this phone or email (see profileWithContact), created when nobody has either. A guest found by one contact
 * gains the other when it is free, and a name when theirs is still unknown. Two first contacts racing
 * meet on the unique indexes: the loser reads the winner's row.
 */
export async function findOrCreateGuest(db: Database, tenantId: string, contact: GuestContact): Promise<GuestRow | null> {
  const phone = contact.phone ? normalisePhone(contact.phone) : null;
  const email = contact.email ? normaliseEmail(contact.email) : null;
  if (!phone && !email) return null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const found = await profileWithContact(db, tenantId, { phone, email });
    if (found) return found.mergedInto ? found : fillGaps(db, tenantId, found, { ...contact, phone, email });
    try {
      const now = Date.now();
      return await db
        .insert(guests)
        .values({ id: newId("gst"), tenantId, name: contact.name?.trim() ?? "", phone, email, lang: contact.lang ?? null, tags: [], createdAt: now, updatedAt: now })
        .returning()
        .get();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return profileWithContact(db, tenantId, { phone, email });
}

async function fillGaps(db: Database, tenantId: string, guest: GuestRow, contact: GuestContact): Promise<GuestRow> {
  const patch: Partial<GuestRow> = {};
  if (!guest.name && contact.name?.trim()) patch.name = contact.name.trim();
  if (!guest.lang && contact.lang) patch.lang = contact.lang;
  if (!guest.phone && contact.phone && !(await findGuestByContact(db, tenantId, { phone: contact.phone }))) patch.phone = contact.phone;
  if (!guest.email && contact.email && !(await findGuestByContact(db, tenantId, { email: contact.email }))) patch.email = contact.email;
  if (Object.keys(patch).length === 0 || guest.anonymisedAt) return guest;
  try {
    return (await db.update(guests).set({ ...patch, updatedAt: Date.now() }).where(eq(guests.id, guest.id)).returning().get()) ?? guest;
  } catch (error) {
    // Another profile took the contact meanwhile: this one simply does not gain it.
    if (isUniqueViolation(error)) return guest;
    throw error;
  }
}
