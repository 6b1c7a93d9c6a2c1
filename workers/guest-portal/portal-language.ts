import { and, eq } from "drizzle-orm";
import { languageOfCountry, type TemplateLang } from "../../shared/messaging/default-templates";
import type { Database } from "../platform/db/client";
import { conversations, tenants } from "../platform/db/schema";

/**
 * The language a reservation's guest reads: the one they wrote to us in (the thread the stay was
 * booked in), else the lodging's country's. The same rule the scheduled messages follow.
 */
export async function reservationLanguage(db: Database, reservation: { tenantId: string; conversationId: string | null }): Promise<TemplateLang> {
  const [thread, tenant] = await Promise.all([
    reservation.conversationId
      ? db.select({ lang: conversations.lang }).from(conversations).where(and(eq(conversations.tenantId, reservation.tenantId), eq(conversations.id, reservation.conversationId))).get()
      : undefined,
    db.select({ country: tenants.country }).from(tenants).where(eq(tenants.id, reservation.tenantId)).get(),
  ]);
  return thread?.lang ?? languageOfCountry(tenant?.country ?? "AR");
}
