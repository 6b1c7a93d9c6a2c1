import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/**
 * The account a tenant takes deposits into by bank transfer. Not secret (guests are sent it), so
 * stored as entered, already checked: CBU/CVU and CUIT as digits, their check digits valid.
 */
export const transferSettings = sqliteTable("transfer_settings", {
  tenantId: text("tenant_id").primaryKey().references(() => tenants.id),
  enabled: integer("enabled", { mode: "boolean" }).notNull(),
  cbu: text("cbu").notNull(),
  alias: text("alias"),
  holderName: text("holder_name").notNull(),
  cuit: text("cuit").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * A guest's proof of a transfer for a hold's deposit. The file lives in the private RECEIPTS
 * bucket under a key scoped by tenant; this row says whose it is and what staff decided.
 * One row per WhatsApp message, so a redelivered message stores nothing twice.
 */
export const transferReceipts = sqliteTable(
  "transfer_receipts",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    reservationId: text("reservation_id").notNull(),
    conversationId: text("conversation_id").notNull(),
    /** The guest message that carried it (WhatsApp media, or the web chat upload's note in the thread). */
    messageId: text("message_id").notNull(),
    objectKey: text("object_key").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    status: text("status", { enum: ["pending", "confirmed", "rejected"] }).notNull().default("pending"),
    /** Whether the hold was still live when the receipt came (false: it had lapsed; staff rebook by hand). */
    holdLive: integer("hold_live", { mode: "boolean" }).notNull(),
    rejectReason: text("reject_reason"),
    rejectNote: text("reject_note"),
    decidedBy: text("decided_by"),
    decidedAt: integer("decided_at"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    uniqueIndex("transfer_receipts_message_unique").on(t.tenantId, t.messageId),
    index("transfer_receipts_reservation_idx").on(t.tenantId, t.reservationId, t.createdAt),
    index("transfer_receipts_status_idx").on(t.tenantId, t.status, t.createdAt),
  ],
);
