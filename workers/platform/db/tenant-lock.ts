import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "./client";
import { tenants } from "./schema";

/**
 * A statement that takes the tenant row's lock and changes nothing. Sent first in a batch (one
 * transaction), it makes a tenant's concurrent batches run one after the other on Postgres, where a
 * statement that counts or numbers the tenant's rows would otherwise read them from before the other
 * batch commits (read committed). D1 runs statements one at a time, so there it only costs a write.
 */
const lockTenantRow = (db: Database, tenantId: string) => db.update(tenants).set({ id: sql`${tenants.id}` }).where(eq(tenants.id, tenantId));

/** Runs a statement with `returning` behind the tenant row's lock and answers its first row (undefined: none). */
export async function firstRowBehindTenantLock<Row>(db: Database, tenantId: string, statement: BatchItem<"sqlite"> & PromiseLike<Row[]>): Promise<Row | undefined> {
  const [, rows] = await db.batch([lockTenantRow(db, tenantId), statement]);
  return (rows as Row[])[0];
}
