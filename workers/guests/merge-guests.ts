import { and, desc, eq, isNull } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { guestMerges, guests } from "../platform/db/schema";
import { AppError, notFound } from "../platform/errors";
import { ownGuest } from "./guest-profiles";

/**
 * Merges `otherId` into `targetId`: the other's stays, conversations and contacts count as the
 * target's from now on (the other points at it), tags are combined, notes appended, and marketing
 * consent is kept only if both had given it. One batch, so a merge is all or nothing; the merge row
 * remembers the target's fields for an exact undo.
 */
export async function mergeGuests(db: Database, tenantId: string, targetId: string, otherId: string, mergedBy: string) {
  if (targetId === otherId) throw new AppError(422, "same_guest", "A profile cannot be merged into itself");
  const target = await ownGuest(db, tenantId, targetId);
  const other = await ownGuest(db, tenantId, otherId);
  for (const guest of [target, other]) {
    if (guest.mergedInto) throw new AppError(409, "guest_merged", "One of the profiles is already merged into another", { guestId: guest.id, mergedInto: guest.mergedInto });
    if (guest.anonymisedAt) throw new AppError(409, "guest_anonymised", "One of the profiles was erased", { guestId: guest.id });
  }
  const now = Date.now();
  const mergeId = newId("gmg", now);
  const notes = [target.notes, other.notes].filter((n): n is string => Boolean(n?.trim())).join("\n\n") || null;
  const [, updated, merged] = await db.batch([
    db.insert(guestMerges).values({
      id: mergeId,
      tenantId,
      targetId,
      otherId,
      targetBefore: { notes: target.notes, tags: target.tags, marketingConsent: target.marketingConsent, lang: target.lang },
      mergedBy,
      createdAt: now,
    }),
    db
      .update(guests)
      .set({ name: target.name || other.name, notes, tags: [...new Set([...target.tags, ...other.tags])], marketingConsent: target.marketingConsent && other.marketingConsent, lang: target.lang ?? other.lang, updatedAt: now })
      .where(and(eq(guests.tenantId, tenantId), eq(guests.id, targetId), isNull(guests.mergedInto)))
      .returning(),
    // Guarded on the other still being unmerged: of two merges racing over one profile, one wins.
    db.update(guests).set({ mergedInto: targetId, updatedAt: now }).where(and(eq(guests.tenantId, tenantId), eq(guests.id, otherId), isNull(guests.mergedInto))).returning({ id: guests.id }),
  ]);
  if (updated.length === 0 || merged.length === 0) {
    // Lost a race: put things back as they were and say so.
    await db.batch([
      db.delete(guestMerges).where(eq(guestMerges.id, mergeId)),
      db.update(guests).set({ notes: target.notes, tags: target.tags, marketingConsent: target.marketingConsent, lang: target.lang }).where(eq(guests.id, targetId)),
    ]);
    throw new AppError(409, "guest_merged", "One of the profiles changed meanwhile; try again");
  }
  return { mergeId, guest: updated[0]! };
}

/** Undoes a merge: the other profile stands on its own again and the target's fields are as before. */
export async function undoMerge(db: Database, tenantId: string, mergeId: string) {
  const merge = await db.select().from(guestMerges).where(and(eq(guestMerges.tenantId, tenantId), eq(guestMerges.id, mergeId))).get();
  if (!merge) throw notFound("Merge");
  if (merge.undoneAt) throw new AppError(409, "merge_undone", "This merge was already undone");
  const later = await db
    .select({ id: guestMerges.id })
    .from(guestMerges)
    .where(and(eq(guestMerges.tenantId, tenantId), eq(guestMerges.otherId, merge.targetId), isNull(guestMerges.undoneAt)))
    .orderBy(desc(guestMerges.createdAt))
    .get();
  if (later) throw new AppError(409, "guest_merged", "The profile this was merged into was merged again since: undo that merge first", { mergeId: later.id });
  const target = await ownGuest(db, tenantId, merge.targetId);
  if (target.anonymisedAt) throw new AppError(409, "guest_anonymised", "The profile was erased");
  const now = Date.now();
  const before = merge.targetBefore;
  const [undone] = await db.batch([
    db.update(guestMerges).set({ undoneAt: now }).where(and(eq(guestMerges.id, mergeId), isNull(guestMerges.undoneAt))).returning({ id: guestMerges.id }),
    db.update(guests).set({ mergedInto: null, updatedAt: now }).where(and(eq(guests.tenantId, tenantId), eq(guests.id, merge.otherId), eq(guests.mergedInto, merge.targetId))),
    db
      .update(guests)
      .set({ notes: before.notes, tags: before.tags, marketingConsent: before.marketingConsent, lang: (before.lang as "es" | "pt" | "en" | null) ?? null, updatedAt: now })
      .where(and(eq(guests.tenantId, tenantId), eq(guests.id, merge.targetId))),
  ]);
  if (undone.length === 0) throw new AppError(409, "merge_undone", "This merge was already undone");
  return { target: await ownGuest(db, tenantId, merge.targetId), other: await ownGuest(db, tenantId, merge.otherId) };
}
