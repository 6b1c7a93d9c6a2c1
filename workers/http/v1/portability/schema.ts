import { z } from "@hono/zod-openapi";
import type { TenantExportRow } from "../../../portability/tenant-exports";
import { isoTime } from "../../common";

export const exportIdParam = z.object({ id: z.string().min(1).max(64) });

export const tenantExport = z
  .object({
    id: z.string(),
    status: z.enum(["queued", "building", "ready", "failed"]),
    sizeBytes: z.number().int().nullable(),
    counts: z.record(z.string(), z.number().int()).nullable().openapi({ description: "Rows per file of the ZIP, once built" }),
    downloadUrl: z.string().nullable().openapi({ description: "Where the owner downloads it, once; null until ready and after the download" }),
    downloadedAt: z.string().nullable(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi("TenantExport");

export const presentExport = (row: TenantExportRow): z.infer<typeof tenantExport> => ({
  id: row.id,
  status: row.status,
  sizeBytes: row.sizeBytes,
  counts: row.counts,
  downloadUrl: row.status === "ready" && row.downloadedAt === null ? `/v1/exports/${row.id}/download` : null,
  downloadedAt: isoTime(row.downloadedAt),
  createdAt: isoTime(row.createdAt)!,
  completedAt: isoTime(row.completedAt),
});

export const importResult = z
  .object({
    imported: z.record(z.string(), z.number().int()).openapi({ description: "Rows written per file" }),
    skipped: z.array(z.string()).openapi({ description: "Files kept in the export for the record only (team, partners, credentials, files)" }),
  })
  .openapi("TenantImportResult");
