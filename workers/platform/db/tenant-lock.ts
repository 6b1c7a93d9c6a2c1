import { eq, sql } from "drizzle-orm";
import type { Database } from "./client";
import { tenants } from "./schema";

/**
 * A statement that takes the tenant row's lock and changes nothing. Sent first in a batch (one
 * transaction), it makes a tenant's concurrent batches run one after the other on Postgres, where a
 * statement that counts or numbers the tenant's rows would otherwise read them from before the other
 * batch commits (read committed). D1 runs statements one at a time, so there it only costs a write.
 */
export const lockTenantRow = (db: Database, tenantId: string) => db.update(tenants).set({ id: sql`${tenants.id}` }).where(eq(tenants.id, tenantId));
