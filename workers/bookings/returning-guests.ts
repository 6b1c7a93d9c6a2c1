import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { reservations } from "../platform/db/schema";

/** The name on the latest stay booked with this phone at the tenant, if the guest has stayed before (or is booked). */
export async function lastGuestNameByPhone(db: Database, tenantId: string, phone: string): Promise<string | null> {
  const row = await db
    .select({ guestName: reservations.guestName })
    .from(reservations)
    .where(and(eq(reservations.tenantId, tenantId), eq(reservations.guestPhone, phone), inArray(reservations.status, ["confirmed"])))
    .orderBy(desc(reservations.createdAt))
    .limit(1)
    .get();
  return row?.guestName ?? null;
}
