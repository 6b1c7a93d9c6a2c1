import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { PricingRules } from "../../../../shared/domain/pricing";
import { tenants } from "./tenancy";

export const accommodations = sqliteTable(
  "accommodations",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    name: text("name").notNull(),
    type: text("type", { enum: ["cabin", "apartment", "house", "room"] }).notNull(),
    capacity: integer("capacity").notNull(),
    basePriceAmount: integer("base_price_amount").notNull(),
    currency: text("currency").notNull(),
    minStay: integer("min_stay").notNull().default(1),
    checkInTime: text("check_in_time").notNull().default("14:00"),
    checkOutTime: text("check_out_time").notNull().default("10:00"),
    amenities: text("amenities", { mode: "json" }).$type<string[]>().notNull(),
    pricing: text("pricing", { mode: "json" }).$type<PricingRules>().notNull(),
    depositPercent: integer("deposit_percent").notNull().default(30),
    timezone: text("timezone").notNull(),
    /** What guests are told on the day of arrival (scheduled messages); null until the owner writes them. */
    doorCode: text("door_code"),
    wifi: text("wifi"),
    directions: text("directions"),
    mapsUrl: text("maps_url"),
    /** 1, 2, 3 … per tenant, never reused: reservation codes are made from it (see README). */
    unitNumber: integer("unit_number").notNull().default(0),
    // The export feed token, sealed with AES-GCM: it is a capability, shown to the operator but not stored in the clear.
    icalTokenSealed: text("ical_token_sealed").notNull(),
    // Soft delete: an operator can restore a unit deleted by mistake.
    deletedAt: integer("deleted_at"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("accommodations_tenant_idx").on(t.tenantId, t.deletedAt), uniqueIndex("accommodations_unit_number_unique").on(t.tenantId, t.unitNumber)],
);
