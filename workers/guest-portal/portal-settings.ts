import { eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { guestPortalSettings } from "../platform/db/schema";

export interface PortalSettings {
  /** Days after check-out that guests' ID photos are kept, then deleted by the cron. */
  idPhotoRetentionDays: number;
  /** Review page per booking source; `direct` (or any source without a link) falls back to `default`. */
  reviewLinks: Record<string, string>;
  /** Length in days of the window the journey KPIs are compared over. */
  kpiWindowDays: number;
}

export const DEFAULT_PORTAL_SETTINGS: PortalSettings = { idPhotoRetentionDays: 30, reviewLinks: {}, kpiWindowDays: 7 };

export async function portalSettingsOf(db: Database, tenantId: string): Promise<PortalSettings> {
  const row = await db.select().from(guestPortalSettings).where(eq(guestPortalSettings.tenantId, tenantId)).get();
  return row ? { idPhotoRetentionDays: row.idPhotoRetentionDays, reviewLinks: row.reviewLinks, kpiWindowDays: row.kpiWindowDays } : DEFAULT_PORTAL_SETTINGS;
}

export async function savePortalSettings(db: Database, tenantId: string, input: PortalSettings, now = Date.now()): Promise<PortalSettings> {
  const values = { ...input, updatedAt: now };
  await db.insert(guestPortalSettings).values({ tenantId, ...values }).onConflictDoUpdate({ target: guestPortalSettings.tenantId, set: values });
  return input;
}

/** Where a guest who booked through `source` is invited to leave a review, if anywhere. */
export function reviewLinkFor(settings: PortalSettings, source: string): string | null {
  return settings.reviewLinks[source] ?? settings.reviewLinks.default ?? null;
}
