import { eq } from "drizzle-orm";
import { todayIn } from "../../shared/domain/dates";
import type { Database } from "../platform/db/client";
import { accommodations } from "../platform/db/schema";

/** Today at the unit (a stay's dates are the unit's days). */
export async function todayAtUnit(db: Database, accommodationId: string, now = Date.now()): Promise<string> {
  const row = await db.select({ timezone: accommodations.timezone }).from(accommodations).where(eq(accommodations.id, accommodationId)).get();
  return todayIn(row?.timezone ?? "America/Argentina/Buenos_Aires", new Date(now));
}
