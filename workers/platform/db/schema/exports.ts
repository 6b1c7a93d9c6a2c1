import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/**
 * A tenant's export: asked for by an owner, built in the background into the private bucket, and
 * downloaded once. `downloadedAt` is set by the one download that wins (a conditional update), so
 * a second request answers 410 even when both arrive together.
 */
export const tenantExports = sqliteTable(
  "tenant_exports",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    requestedBy: text("requested_by").notNull(),
    status: text("status", { enum: ["queued", "building", "ready", "failed"] }).notNull(),
    objectKey: text("object_key"),
    sizeBytes: integer("size_bytes"),
    /** Rows per file, once built: what the owner is told they will get. */
    counts: text("counts", { mode: "json" }).$type<Record<string, number>>(),
    error: text("error"),
    /** A build in progress holds the export until then; a build that died is taken over after it. */
    claimedUntil: integer("claimed_until"),
    createdAt: integer("created_at").notNull(),
    completedAt: integer("completed_at"),
    downloadedAt: integer("downloaded_at"),
  },
  (t) => [index("tenant_exports_tenant_idx").on(t.tenantId, t.createdAt)],
);
