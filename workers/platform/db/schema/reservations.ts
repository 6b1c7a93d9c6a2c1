import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";
import { accommodations } from "./accommodations";
import { tenants } from "./tenancy";

/**
 * The reservation record: who, how many, how much. Which nights it holds and whether the hold
 * is alive is decided by the accommodation's calendar object; `status` and `expires_at` here are
 * the mirror the calendar writes back.
 */
export const reservations = sqliteTable(
  "reservations",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    accommodationId: text("accommodation_id").notNull().references(() => accommodations.id),
    code: text("code").notNull(),
    status: text("status", { enum: ["pending", "held", "confirmed", "expired", "cancelled", "rejected", "needs_refund"] }).notNull(),
    checkIn: text("check_in").notNull(),
    checkOut: text("check_out").notNull(),
    guests: integer("guests").notNull(),
    guestName: text("guest_name").notNull(),
    guestPhone: text("guest_phone"),
    guestEmail: text("guest_email"),
    source: text("source", { enum: ["direct", "whatsapp", "webchat", "partner"] }).notNull(),
    totalAmount: integer("total_amount").notNull(),
    depositAmount: integer("deposit_amount").notNull(),
    currency: text("currency").notNull(),
    expiresAt: integer("expires_at"),
    extensionUsed: integer("extension_used", { mode: "boolean" }).notNull().default(false),
    idempotencyKey: text("idempotency_key"),
    cancelReason: text("cancel_reason"),
    /** The guest thread the assistant booked this in, for the confirmation message. */
    conversationId: text("conversation_id"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    uniqueIndex("reservations_code_unique").on(t.tenantId, t.code),
    uniqueIndex("reservations_idempotency_unique").on(t.tenantId, t.idempotencyKey),
    index("reservations_tenant_status_idx").on(t.tenantId, t.status, t.checkIn),
    index("reservations_accommodation_idx").on(t.accommodationId, t.checkIn),
  ],
);

/**
 * Payments recorded against a reservation: by staff by hand, or from a provider after its payment
 * was fetched server to server. One row per provider payment, so a redelivered event updates it.
 */
export const payments = sqliteTable(
  "payments",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    reservationId: text("reservation_id").notNull().references(() => reservations.id),
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
    reservationId: text("reservation_id").notNull().references(() => reservations.id),
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

/** Per-tenant, per-day sequence behind codes like RES261122001. */
export const reservationCodeCounters = sqliteTable(
  "reservation_code_counters",
  {
    tenantId: text("tenant_id").notNull(),
    day: text("day").notNull(),
    sequence: integer("sequence").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day] })],
);
