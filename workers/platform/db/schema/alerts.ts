import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/**
 * Things staff must act on: money that needs a refund, repeated rejections, iCal conflicts,
 * failing feeds, escalated conversations. `dedupeKey` makes raising the same alert twice
 * (a retried queue message, a redelivered webhook) leave one row.
 */
export const alerts = sqliteTable(
  "alerts",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    kind: text("kind").notNull(),
    severity: text("severity", { enum: ["info", "warning", "critical"] }).notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    message: text("message").notNull(),
    /** What a console needs to write the alert in its reader's language: names, codes, counts (`kind` is the sentence). */
    params: text("params", { mode: "json" }).$type<Record<string, string | number>>(),
    dedupeKey: text("dedupe_key").notNull(),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    resolvedAt: integer("resolved_at"),
  },
  (t) => [
    uniqueIndex("alerts_dedupe_unique").on(t.tenantId, t.dedupeKey),
    index("alerts_open_idx").on(t.tenantId, t.resolvedAt, t.createdAt),
  ],
);
