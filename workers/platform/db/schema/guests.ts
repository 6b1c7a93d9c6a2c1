import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/**
 * One person who stays or writes, per tenant. Found by phone (E.164, Argentine numbers in their
 * mobile form: shared/guests/phone.ts) or by email (lower case). A number or an address belongs to
 * one row only, also once that row is merged into another: lookups follow `mergedInto`, so a merge
 * can be undone without two rows claiming the same number.
 */
export const guests = sqliteTable(
  "guests",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    name: text("name").notNull(),
    phone: text("phone"),
    email: text("email"),
    lang: text("lang", { enum: ["es", "pt", "en"] }),
    notes: text("notes"),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    marketingConsent: integer("marketing_consent", { mode: "boolean" }).notNull().default(false),
    /** Set while this profile is merged into another; cleared by undoing the merge. */
    mergedInto: text("merged_into"),
    /** When the guest's personal data was erased on their request (Ley 25.326). */
    anonymisedAt: integer("anonymised_at"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    uniqueIndex("guests_phone_unique").on(t.tenantId, t.phone),
    uniqueIndex("guests_email_unique").on(t.tenantId, t.email),
    index("guests_tenant_name_idx").on(t.tenantId, t.name),
    index("guests_merged_into_idx").on(t.mergedInto),
  ],
);

/** Which guest a reservation or a conversation belongs to. Check-ins belong to their reservation. */
export const guestSubjects = sqliteTable(
  "guest_subjects",
  {
    subjectType: text("subject_type", { enum: ["reservation", "conversation"] }).notNull(),
    subjectId: text("subject_id").notNull(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    guestId: text("guest_id").notNull(),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [primaryKey({ columns: [t.subjectType, t.subjectId] }), index("guest_subjects_guest_idx").on(t.tenantId, t.guestId)],
);

/**
 * A merge of one profile into another. The other keeps its links and contacts and points at the
 * target (`mergedInto`), so undoing it is exact: the pointer goes and the target's combined fields
 * return to what they were.
 */
export const guestMerges = sqliteTable(
  "guest_merges",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    targetId: text("target_id").notNull(),
    otherId: text("other_id").notNull(),
    /** The target's notes, tags and consent before the merge combined them. */
    targetBefore: text("target_before", { mode: "json" }).$type<{ notes: string | null; tags: string[]; marketingConsent: boolean; lang: string | null }>().notNull(),
    mergedBy: text("merged_by").notNull(),
    createdAt: integer("created_at").notNull(),
    undoneAt: integer("undone_at"),
  },
  (t) => [index("guest_merges_tenant_idx").on(t.tenantId, t.targetId)],
);

/** A tier of a tenant's loyalty programme (Bronce, Plata, Oro): reached by stays or by nights. */
export interface LoyaltyTier {
  name: string;
  minStays: number | null;
  minNights: number | null;
  discountPercent: number | null;
  benefits: string[];
  /** Said to a guest of the tier before their stays, in the lodging's language (tiers saved before it have none). */
  welcomeText?: string | null;
  /** Late check-out or early check-in extras of the catalog the tier gives at no charge (upsell ids). */
  freeExtras?: string[];
}

/** Each tenant's tiers, lowest first, replaced whole by staff. */
export const loyaltyTiers = sqliteTable("loyalty_tiers", {
  tenantId: text("tenant_id").primaryKey().references(() => tenants.id),
  tiers: text("tiers", { mode: "json" }).$type<LoyaltyTier[]>().notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/** Why a guest's tier changed: the figures it was computed from and what moved them. */
export interface TierChangeReason {
  cause: "stay_confirmed" | "stay_cancelled" | "stays_changed" | "tiers_changed" | "backfill";
  stays: number;
  nights: number;
  reservationId: string | null;
}

/**
 * A guest's tier history: one row each time their tier changed (null: no tier). The newest row is
 * their tier now.
 */
export const guestTierChanges = sqliteTable(
  "guest_tier_changes",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    guestId: text("guest_id").notNull(),
    fromTier: text("from_tier"),
    toTier: text("to_tier"),
    reason: text("reason", { mode: "json" }).$type<TierChangeReason>().notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("guest_tier_changes_guest_idx").on(t.tenantId, t.guestId, t.createdAt)],
);

/**
 * A loyalty benefit staff marked as given to a stay's guest (the welcome, a bottle of wine): who
 * and when. Undoing the mark deletes the row; the audit log keeps both. Benefits that deliver
 * themselves (a discount priced into the stay) have no row.
 */
export const loyaltyBenefitDeliveries = sqliteTable(
  "loyalty_benefit_deliveries",
  {
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    /** The benefit's id: the reservation's id and the benefit's key (`res_….welcome`). */
    benefitId: text("benefit_id").notNull(),
    reservationId: text("reservation_id").notNull(),
    deliveredByType: text("delivered_by_type", { enum: ["user", "api_key"] }).notNull(),
    deliveredBy: text("delivered_by").notNull(),
    deliveredAt: integer("delivered_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.benefitId] }), index("loyalty_benefit_deliveries_reservation_idx").on(t.tenantId, t.reservationId)],
);
