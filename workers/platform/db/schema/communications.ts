import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { STEP_KINDS, type StepChannel } from "../../../../shared/messaging/step-kinds";
import { tenants } from "./tenancy";

/** A WhatsApp template approved by Meta, sent instead of the text outside the 24-hour window. */
export interface WhatsAppTemplateMapping {
  name: string;
  language: string;
  /** Template variables, in the order of the approved template's {{1}}, {{2}}, … */
  parameters: string[];
}

/** What staff write to guests, per language; placeholders are checked against the known variables on save. */
export const messageTemplates = sqliteTable(
  "message_templates",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    name: text("name").notNull(),
    bodies: text("bodies", { mode: "json" }).$type<{ es?: string; pt?: string; en?: string }>().notNull(),
    whatsapp: text("whatsapp", { mode: "json" }).$type<WhatsAppTemplateMapping | null>(),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("message_templates_tenant_idx").on(t.tenantId)],
);

/** The tenant's scheduled steps, one per kind. */
export const messageSteps = sqliteTable(
  "message_steps",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    kind: text("kind", { enum: STEP_KINDS }).notNull(),
    offsetDays: integer("offset_days").notNull(),
    /** "HH:MM" at the lodging; null for steps that fire at their event. */
    localTime: text("local_time"),
    templateId: text("template_id").notNull(),
    /** Tried in this order; web chat is used when the stay was booked there. */
    channels: text("channels", { mode: "json" }).$type<StepChannel[]>().notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex("message_steps_kind_unique").on(t.tenantId, t.kind)],
);

/**
 * One row per reservation and step: unique, so a step fires at most once per reservation. Moved
 * while `scheduled`; once fired (`fired_at` set) it never changes again.
 */
export const stepSchedule = sqliteTable(
  "step_schedule",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    reservationId: text("reservation_id").notNull(),
    stepId: text("step_id").notNull(),
    dueAt: integer("due_at").notNull(),
    status: text("status", { enum: ["scheduled", "sending", "sent", "skipped", "failed"] }).notNull(),
    /** Why a step was skipped (no_channel, reservation_cancelled, step_disabled, too_late …). */
    reason: text("reason"),
    channel: text("channel"),
    messageId: text("message_id"),
    /** The read model's version of the reservation this row was planned from; older plans never overwrite newer ones. */
    reservationVersion: integer("reservation_version").notNull(),
    attempts: integer("attempts").notNull().default(0),
    claimedUntil: integer("claimed_until"),
    firedAt: integer("fired_at"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    uniqueIndex("step_schedule_reservation_step_unique").on(t.reservationId, t.stepId),
    // The sweep reads due rows across tenants, earliest first.
    index("step_schedule_due_idx").on(t.status, t.dueAt),
    index("step_schedule_tenant_reservation_idx").on(t.tenantId, t.reservationId),
  ],
);
