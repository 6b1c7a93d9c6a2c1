import { and, eq, isNull, lt, or } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { tenantExports } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";

export type TenantExportRow = typeof tenantExports.$inferSelect;

/** Records an owner's export and queues it; the builder takes it from there. */
export async function requestExport(db: Database, env: Env, tenantId: string, requestedBy: string): Promise<TenantExportRow> {
  const row = await db
    .insert(tenantExports)
    .values({ id: newId("exp"), tenantId, requestedBy, status: "queued", createdAt: Date.now() })
    .returning()
    .get();
  await env.EXPORT_QUEUE.send({ kind: "tenant_export", tenantId, exportId: row.id });
  return row;
}

/** The tenant's export, or 404 (also for another tenant's id). */
export async function getExport(db: Database, tenantId: string, id: string): Promise<TenantExportRow> {
  const row = await db
    .select()
    .from(tenantExports)
    .where(and(eq(tenantExports.tenantId, tenantId), eq(tenantExports.id, id)))
    .get();
  if (!row) throw notFound("Export");
  return row;
}

/** How long one build may take before another message may take the export over (a queue consumer's wall time is 15 minutes). */
const BUILD_CLAIM_MS = 15 * 60_000;

/**
 * Takes a queued export (or one whose build died) for building; null when it is built, failed, or
 * being built by another delivery of the same message.
 */
export async function claimExport(db: Database, tenantId: string, id: string, now = Date.now()): Promise<TenantExportRow | null> {
  const row = await db
    .update(tenantExports)
    .set({ status: "building", claimedUntil: now + BUILD_CLAIM_MS })
    .where(
      and(
        eq(tenantExports.tenantId, tenantId),
        eq(tenantExports.id, id),
        or(eq(tenantExports.status, "queued"), and(eq(tenantExports.status, "building"), lt(tenantExports.claimedUntil, now))),
      ),
    )
    .returning()
    .get();
  return row ?? null;
}

export async function finishExport(db: Database, id: string, result: { objectKey: string; sizeBytes: number; counts: Record<string, number> }): Promise<void> {
  await db
    .update(tenantExports)
    .set({ status: "ready", ...result, completedAt: Date.now() })
    .where(eq(tenantExports.id, id))
    .run();
}

export async function failExport(db: Database, id: string, error: string): Promise<void> {
  await db
    .update(tenantExports)
    .set({ status: "failed", error: error.slice(0, 500), completedAt: Date.now() })
    .where(eq(tenantExports.id, id))
    .run();
}

/**
 * Marks a ready export downloaded, once: of two downloads racing, the conditional update lets one
 * through and the other answers 410, as does every later one.
 */
export async function takeDownload(db: Database, tenantId: string, id: string): Promise<TenantExportRow> {
  const existing = await getExport(db, tenantId, id);
  if (existing.status !== "ready") throw new AppError(409, "export_not_ready", `The export is ${existing.status}, not ready to download`);
  const taken = await db
    .update(tenantExports)
    .set({ downloadedAt: Date.now() })
    .where(and(eq(tenantExports.tenantId, tenantId), eq(tenantExports.id, id), eq(tenantExports.status, "ready"), isNull(tenantExports.downloadedAt)))
    .returning()
    .get();
  if (!taken) throw new AppError(410, "export_already_downloaded", "This export was downloaded already; ask for a new one");
  return taken;
}

export const exportObjectKey = (tenantId: string, id: string) => `tenants/${tenantId}/exports/${id}.zip`;
