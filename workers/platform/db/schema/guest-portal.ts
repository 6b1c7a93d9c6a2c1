import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/** Languages a guest reads the portal in (the same set as message templates). */
export type PortalLang = "es" | "pt" | "en";
export type LocalizedText = Partial<Record<PortalLang, string>>;

/**
 * A guest's link to the portal of one reservation. The token itself is signed (and never stored);
 * this row is what makes it revocable: a token opens the portal only while its row is neither
 * revoked nor expired.
 */
export const guestLinks = sqliteTable(
  "guest_links",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    reservationId: text("reservation_id").notNull(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("guest_links_reservation_idx").on(t.tenantId, t.reservationId, t.createdAt)],
);

/** One guest of a check-in, as Argentine lodgings must record them. */
export interface RegisteredGuest {
  fullName: string;
  documentType: "dni" | "passport" | "other";
  documentNumber: string;
  nationality: string;
}

/** The online (or at-the-desk) check-in of a reservation: one row per reservation. */
export const guestCheckIns = sqliteTable(
  "guest_check_ins",
  {
    reservationId: text("reservation_id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    status: text("status", { enum: ["started", "completed"] }).notNull(),
    guests: text("guests", { mode: "json" }).$type<RegisteredGuest[]>().notNull(),
    holderBirthDate: text("holder_birth_date"),
    arrivalTime: text("arrival_time"),
    vehiclePlate: text("vehicle_plate"),
    requests: text("requests"),
    rulesAcceptedAt: integer("rules_accepted_at"),
    /** guest (the portal) or staff (at the desk, with the user's id in completedByUser). */
    completedBy: text("completed_by", { enum: ["guest", "staff"] }),
    completedByUser: text("completed_by_user"),
    startedAt: integer("started_at").notNull(),
    completedAt: integer("completed_at"),
  },
  (t) => [index("guest_check_ins_tenant_idx").on(t.tenantId, t.status)],
);

/**
 * A guest's ID photo, in the private RECEIPTS bucket under the tenant's prefix. The cron deletes
 * the object (and sets deletedAt) once the stay's check-out is older than the tenant's retention.
 */
export const guestIdPhotos = sqliteTable(
  "guest_id_photos",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    reservationId: text("reservation_id").notNull(),
    objectKey: text("object_key").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    deletedAt: integer("deleted_at"),
  },
  (t) => [index("guest_id_photos_reservation_idx").on(t.tenantId, t.reservationId), index("guest_id_photos_live_idx").on(t.deletedAt)],
);

/** What a tenant sets for its guest portal (house rules are the lodging info's); a tenant without a row gets the defaults. */
export const guestPortalSettings = sqliteTable("guest_portal_settings", {
  tenantId: text("tenant_id").primaryKey().references(() => tenants.id),
  idPhotoRetentionDays: integer("id_photo_retention_days").notNull().default(30),
  /** Where a delighted guest is asked to review us, per booking source (airbnb, booking, google for the rest …). */
  reviewLinks: text("review_links", { mode: "json" }).$type<Record<string, string>>().notNull(),
  kpiWindowDays: integer("kpi_window_days").notNull().default(7),
  updatedAt: integer("updated_at").notNull(),
});

/** A guest's 0–10 rating of their stay: one per reservation, from the portal or a WhatsApp reply. */
export const guestRatings = sqliteTable(
  "guest_ratings",
  {
    reservationId: text("reservation_id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    score: integer("score").notNull(),
    comment: text("comment"),
    via: text("via", { enum: ["portal", "whatsapp"] }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("guest_ratings_tenant_idx").on(t.tenantId, t.createdAt)],
);

/** A tenant's catalog of extras sold to guests. */
export const upsells = sqliteTable(
  "upsells",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    kind: text("kind", { enum: ["late_checkout", "early_checkin", "other"] }).notNull(),
    title: text("title", { mode: "json" }).$type<LocalizedText>().notNull(),
    description: text("description", { mode: "json" }).$type<LocalizedText>().notNull(),
    price: integer("price").notNull(),
    currency: text("currency").notNull(),
    /** null: every unit. */
    accommodationIds: text("accommodation_ids", { mode: "json" }).$type<string[] | null>(),
    /** When the guest may buy it: before arrival, during the stay, or either. */
    offeredWhen: text("offered_when", { enum: ["before_arrival", "during_stay", "any"] }).notNull(),
    requiresApproval: integer("requires_approval", { mode: "boolean" }).notNull(),
    active: integer("active", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("upsells_tenant_idx").on(t.tenantId)],
);

/** An extra a guest saw offered (once per reservation and upsell), for the conversion figure. */
export const upsellOffers = sqliteTable(
  "upsell_offers",
  {
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    reservationId: text("reservation_id").notNull(),
    upsellId: text("upsell_id").notNull(),
    offeredAt: integer("offered_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reservationId, t.upsellId] }), index("upsell_offers_tenant_idx").on(t.tenantId, t.offeredAt)],
);

/** A guest's request for an extra, and what became of it. */
export const upsellPurchases = sqliteTable(
  "upsell_purchases",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    reservationId: text("reservation_id").notNull(),
    upsellId: text("upsell_id").notNull(),
    /** The extra's name as the guest bought it (a later catalog edit does not rewrite history). */
    title: text("title", { mode: "json" }).$type<LocalizedText>().notNull(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: ["pending_approval", "awaiting_payment", "paid", "declined", "cancelled"] }).notNull(),
    provider: text("provider"),
    providerRef: text("provider_ref"),
    paymentUrl: text("payment_url"),
    providerPaymentId: text("provider_payment_id"),
    paidAt: integer("paid_at"),
    decidedBy: text("decided_by"),
    decidedAt: integer("decided_at"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("upsell_purchases_reservation_idx").on(t.tenantId, t.reservationId), index("upsell_purchases_tenant_idx").on(t.tenantId, t.createdAt)],
);
