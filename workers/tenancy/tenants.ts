import { eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { tenants } from "../platform/db/schema";

export type TenantRow = typeof tenants.$inferSelect;

/** Where a tenant without a stored zone (none today; signup requires one) is assumed to be: Posada starts in Argentina. */
export const DEFAULT_TIME_ZONE = "America/Argentina/Buenos_Aires";
/** The country assumed for a tenant that cannot be found; it only picks a default payment provider. */
export const DEFAULT_COUNTRY = "AR";

export async function findTenant(db: Database, tenantId: string): Promise<TenantRow | null> {
  return (await db.select().from(tenants).where(eq(tenants.id, tenantId)).get()) ?? null;
}

/** The tenant a public URL names (web chat); null for an unknown slug. */
export async function findTenantBySlug(db: Database, slug: string): Promise<TenantRow | null> {
  return (await db.select().from(tenants).where(eq(tenants.slug, slug)).get()) ?? null;
}

/** The tenant's IANA time zone: guest messages are read, and quiet hours kept, in it. */
export async function tenantTimeZone(db: Database, tenantId: string): Promise<string> {
  const row = await db.select({ timezone: tenants.timezone }).from(tenants).where(eq(tenants.id, tenantId)).get();
  return row?.timezone ?? DEFAULT_TIME_ZONE;
}

/** The tenant's ISO country code, which decides defaults such as the payment provider. */
export async function tenantCountry(db: Database, tenantId: string): Promise<string> {
  const row = await db.select({ country: tenants.country }).from(tenants).where(eq(tenants.id, tenantId)).get();
  return row?.country ?? DEFAULT_COUNTRY;
}
