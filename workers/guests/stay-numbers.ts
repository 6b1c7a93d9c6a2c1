import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { guestSubjects, guests, reservations } from "../platform/db/schema";

type SubjectType = (typeof guestSubjects.$inferSelect)["subjectType"];
interface Stay {
  id: string;
  checkIn: string;
  checkOut: string;
}

/** D1 binds at most 100 values per query. */
const IDS_PER_QUERY = 90;

async function inChunks<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) out.push(...(await read(ids.slice(i, i + IDS_PER_QUERY))));
  return out;
}

/**
 * For a page of reservations or conversations: the profile each counts in now (its linked guest,
 * or the one that guest was merged into) and that profile's confirmed stays, its merged profiles'
 * included. A handful of queries for the whole page, however many rows it has.
 */
export async function guestsOfSubjects(db: Database, tenantId: string, subjectType: SubjectType, subjectIds: readonly string[]): Promise<{ guestOf: Map<string, string>; staysOf: Map<string, Stay[]> }> {
  const links = await inChunks([...new Set(subjectIds)], (chunk) =>
    db
      .select({ subjectId: guestSubjects.subjectId, guestId: guestSubjects.guestId })
      .from(guestSubjects)
      .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, subjectType), inArray(guestSubjects.subjectId, chunk)))
      .all(),
  );
  const parent = new Map<string, string | null>();
  let pending = [...new Set(links.map((l) => l.guestId))];
  for (let hops = 0; pending.length > 0 && hops < 20; hops++) {
    const rows = await inChunks(pending, (chunk) => db.select({ id: guests.id, mergedInto: guests.mergedInto }).from(guests).where(and(eq(guests.tenantId, tenantId), inArray(guests.id, chunk))).all());
    for (const row of rows) parent.set(row.id, row.mergedInto);
    pending = [...new Set(rows.map((r) => r.mergedInto).filter((id): id is string => id !== null && !parent.has(id)))];
  }
  const rootOf = (id: string) => {
    let current = id;
    for (let hops = 0; parent.get(current) && hops < 20; hops++) current = parent.get(current)!;
    return current;
  };
  const guestOf = new Map(links.filter((l) => parent.has(l.guestId)).map((l) => [l.subjectId, rootOf(l.guestId)]));
  // Every profile whose stays count for a root: the root and whatever was merged into it, at any depth.
  const memberOf = new Map<string, string>([...new Set(guestOf.values())].map((root) => [root, root]));
  let frontier = [...memberOf.keys()];
  for (let hops = 0; frontier.length > 0 && hops < 20; hops++) {
    const merged = await inChunks(frontier, (chunk) => db.select({ id: guests.id, mergedInto: guests.mergedInto }).from(guests).where(and(eq(guests.tenantId, tenantId), inArray(guests.mergedInto, chunk))).all());
    frontier = [];
    for (const row of merged) {
      if (memberOf.has(row.id)) continue;
      memberOf.set(row.id, memberOf.get(row.mergedInto!)!);
      frontier.push(row.id);
    }
  }
  const stays = await inChunks([...memberOf.keys()], (chunk) =>
    db
      .select({ guestId: guestSubjects.guestId, id: reservations.id, checkIn: reservations.checkIn, checkOut: reservations.checkOut })
      .from(guestSubjects)
      .innerJoin(reservations, eq(reservations.id, guestSubjects.subjectId))
      .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, "reservation"), inArray(guestSubjects.guestId, chunk), eq(reservations.tenantId, tenantId), eq(reservations.status, "confirmed")))
      .all(),
  );
  const staysOf = new Map<string, Stay[]>();
  for (const stay of stays) {
    const root = memberOf.get(stay.guestId)!;
    staysOf.set(root, [...(staysOf.get(root) ?? []), { id: stay.id, checkIn: stay.checkIn, checkOut: stay.checkOut }]);
  }
  return { guestOf, staysOf };
}

/**
 * Which of the guest's stays each reservation is: 1 for their first, 3 for the third ("3.ª
 * estadía"), counting the guest's confirmed stays that check in before it. Null when the stay has
 * no guest yet (linking follows its creation by a moment).
 */
export async function reservationStayNumbers(db: Database, tenantId: string, rows: readonly { id: string; checkIn: string }[]): Promise<Map<string, { guestId: string; stayNumber: number }>> {
  const { guestOf, staysOf } = await guestsOfSubjects(db, tenantId, "reservation", rows.map((r) => r.id));
  const numbers = new Map<string, { guestId: string; stayNumber: number }>();
  for (const row of rows) {
    const guestId = guestOf.get(row.id);
    if (!guestId) continue;
    const before = (staysOf.get(guestId) ?? []).filter((s) => s.id !== row.id && (s.checkIn < row.checkIn || (s.checkIn === row.checkIn && s.id < row.id)));
    numbers.set(row.id, { guestId, stayNumber: before.length + 1 });
  }
  return numbers;
}

/**
 * For each conversation with a known guest: the stay the guest is on or coming for, numbered as
 * reservations are (their stays already over, plus one). A guest writing after two stays is on
 * their "3.ª estadía".
 */
export async function conversationStayNumbers(db: Database, tenantId: string, conversationIds: readonly string[], today: string): Promise<Map<string, { guestId: string; stayNumber: number }>> {
  const { guestOf, staysOf } = await guestsOfSubjects(db, tenantId, "conversation", conversationIds);
  const numbers = new Map<string, { guestId: string; stayNumber: number }>();
  for (const [conversationId, guestId] of guestOf) {
    const over = (staysOf.get(guestId) ?? []).filter((s) => s.checkOut <= today);
    numbers.set(conversationId, { guestId, stayNumber: over.length + 1 });
  }
  return numbers;
}
