import { sql } from "drizzle-orm";
import { RESERVATION_SOURCES } from "../../../../shared/domain/reservation-sources";
import type { StoredAdjustment } from "../../../../shared/pricing/adjustments";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { accommodations } from "./accommodations";
import { tenants } from "./tenancy";

/**
 * The read model of reservations. Each is born, and changes status, inside its accommodation's
 * calendar object; this table is its mirror, written only by that object's outbox and guarded by
 * `version`, so a replayed or late write never rolls a newer state back.
 */
export const reservations = sqliteTable(
  "reservations",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    accommodationId: text("accommodation_id").notNull().references(() => accommodations.id),
    code: text("code").notNull(),
    status: text("status", { enum: ["held", "confirmed", "expired", "cancelled", "needs_refund"] }).notNull(),
    checkIn: text("check_in").notNull(),
    checkOut: text("check_out").notNull(),
    guests: integer("guests").notNull(),
    guestName: text("guest_name").notNull(),
    guestPhone: text("guest_phone"),
    guestEmail: text("guest_email"),
    source: text("source", { enum: RESERVATION_SOURCES }).notNull(),
    totalAmount: integer("total_amount").notNull(),
    depositAmount: integer("deposit_amount").notNull(),
    currency: text("currency").notNull(),
    expiresAt: integer("expires_at"),
    extensionUsed: integer("extension_used", { mode: "boolean" }).notNull().default(false),
    idempotencyKey: text("idempotency_key"),
    cancelReason: text("cancel_reason"),
    /** What staff decided about money paid when they cancelled: full, partial or keep. */
    refundDecision: text("refund_decision", { enum: ["full", "partial", "keep"] }),
    notes: text("notes"),
    /** Why the total was set by hand; null when it is the unit's price for the stay. */
    priceOverrideReason: text("price_override_reason"),
    /** Discounts taken off total_amount when the stay was priced (a loyalty tier's), each its own line. */
    adjustments: text("adjustments", { mode: "json" }).$type<StoredAdjustment[]>().notNull().default(sql`'[]'`),
    /** The guest thread the assistant booked this in, for the confirmation message. */
    conversationId: text("conversation_id"),
    /** When a transfer receipt for the deposit came in and awaits staff (null: awaiting payment). */
    receiptReceivedAt: integer("receipt_received_at"),
    /** The calendar object's version of this reservation; the mirror only moves forward. */
    version: integer("version").notNull().default(0),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    uniqueIndex("reservations_code_unique").on(t.tenantId, t.code),
    // Idempotency keys are remembered by the calendar object that answered them (see README).
    index("reservations_idempotency_idx").on(t.tenantId, t.idempotencyKey),
    index("reservations_tenant_status_idx").on(t.tenantId, t.status, t.checkIn),
    index("reservations_accommodation_idx").on(t.accommodationId, t.checkIn),
    // The conversation list names each web chat thread after the reservation made in it.
    index("reservations_conversation_idx").on(t.conversationId),
  ],
);

/**
 * Payments recorded against a reservation: by staff by hand, or from a provider after its payment
 * was fetched server to server. Recorded by the reservation's calendar object in the same
 * transaction as the confirmation and mirrored here; one row per provider payment.
 */
export const payments = sqliteTable(
  "payments",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    // No foreign key: the mirror of a reservation and of its payments arrive in the same batch,
    // but a read model must accept what its source already committed, in any order.
    reservationId: text("reservation_id").notNull(),
    provider: text("provider").notNull(),
    method: text("method").notNull(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status").notNull(),
    reference: text("reference"),
    providerPaymentId: text("provider_payment_id"),
    /** Why this payment did not simply confirm its stay (amount_mismatch, needs_refund, ...); null when it did. */
    flag: text("flag"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    /** Last time the provider's view of this payment changed it; null for payments taken by hand. */
    updatedAt: integer("updated_at"),
    /** Who recorded a payment taken by hand (a user id), or null. */
    recordedBy: text("recorded_by"),
    version: integer("version").notNull().default(0),
    /** payment, or refund: money given back against the payment named in refundOf. */
    kind: text("kind", { enum: ["payment", "refund"] }).notNull().default("payment"),
    refundOf: text("refund_of"),
  },
  (t) => [
    index("payments_reservation_idx").on(t.tenantId, t.reservationId),
    uniqueIndex("payments_provider_payment_unique").on(t.tenantId, t.provider, t.providerPaymentId),
  ],
);

/** Checkout links handed to guests; one live link per reservation and provider is reused. */
export const paymentLinks = sqliteTable(
  "payment_links",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    // A link can be asked for the moment a hold is answered, before its mirror reaches this database.
    reservationId: text("reservation_id").notNull(),
    provider: text("provider", { enum: ["mercadopago", "stripe"] }).notNull(),
    providerRef: text("provider_ref").notNull(),
    url: text("url").notNull(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("payment_links_reservation_idx").on(t.tenantId, t.reservationId, t.provider)],
);
