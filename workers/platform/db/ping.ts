import { sql } from "drizzle-orm";
import type { Database } from "./client";

/** One trivial query: proves the database answers (for /healthz). */
export async function pingDatabase(db: Database): Promise<void> {
  await db.get(sql`SELECT 1`);
}
