import { and, eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { emailSuppressions } from "../../platform/db/schema";

/** Marks an address a provider reported as bouncing or complaining; the first reason stays. */
export async function suppressAddress(db: Database, tenantId: string, address: string, reason: "bounce" | "complaint", detail: string | null) {
  await db
    .insert(emailSuppressions)
    .values({ tenantId, address: address.toLowerCase(), reason, detail: detail?.slice(0, 300) ?? null })
    .onConflictDoNothing();
}

export async function isSuppressed(db: Database, tenantId: string, address: string): Promise<boolean> {
  const row = await db.select({ reason: emailSuppressions.reason }).from(emailSuppressions).where(and(eq(emailSuppressions.tenantId, tenantId), eq(emailSuppressions.address, address.toLowerCase()))).get();
  return Boolean(row);
}
