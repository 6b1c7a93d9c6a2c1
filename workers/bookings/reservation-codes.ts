import type { Database } from "../platform/db/client";
import { sql } from "drizzle-orm";

/** Next human-friendly code for the tenant's local day: RES + yymmdd + 3-digit sequence (more digits past 999). */
export async function nextReservationCode(db: Database, tenantId: string, localDate: string): Promise<string> {
  const day = localDate.slice(2).replace(/-/g, "");
  const row = await db.get<{ sequence: number }>(sql`
    INSERT INTO reservation_code_counters (tenant_id, day, sequence) VALUES (${tenantId}, ${day}, 1)
    ON CONFLICT (tenant_id, day) DO UPDATE SET sequence = sequence + 1
    RETURNING sequence`);
  return `RES${day}${String(row.sequence).padStart(3, "0")}`;
}
