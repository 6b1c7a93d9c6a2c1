import { and, eq, isNull } from "drizzle-orm";
import { timingSafeEqual } from "../../shared/crypto/encoding";
import type { Database } from "../platform/db/client";
import { accommodations } from "../platform/db/schema";
import { icalToken } from "../accommodations/accommodations";
import { feedExportToken, feedsOfAccommodation } from "./feeds";

/** Which calendar an export URL opens: "all" nights, or all but one imported feed's (that channel's own URL). */
export interface ExportAccess {
  accommodation: typeof accommodations.$inferSelect;
  variant: "all" | string;
}

/**
 * The live accommodation an export token opens, or null. The token is checked on every request,
 * so a rotated URL is dead at once even while cached copies exist. The URL names no tenant: the
 * accommodation id and its unguessable token are the whole credential.
 */
export async function openCalendarExport(db: Database, secretsKey: string, accommodationId: string, token: string): Promise<ExportAccess | null> {
  const accommodation = await db.select().from(accommodations).where(and(eq(accommodations.id, accommodationId), isNull(accommodations.deletedAt))).get();
  if (!accommodation) return null;
  if (timingSafeEqual(token, await icalToken(secretsKey, accommodation))) return { accommodation, variant: "all" };
  let variant: string | null = null;
  // Every feed is compared (no early exit), so timing says nothing about which token matched.
  for (const feed of await feedsOfAccommodation(db, accommodationId)) {
    if (feed.tenantId === accommodation.tenantId && timingSafeEqual(token, await feedExportToken(secretsKey, feed))) variant = feed.id;
  }
  return variant ? { accommodation, variant } : null;
}
