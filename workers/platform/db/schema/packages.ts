import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/**
 * A bundle of nights and extras sold at one price or at a percent off the nights ("Escapada
 * romántica: 2 noches + desayuno + late check-out"). Exactly one of `priceAmount` and
 * `discountPercent` is set. Archived packages are no longer offered; stays booked with one keep it.
 */
export const servicePackages = sqliteTable(
  "service_packages",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    name: text("name").notNull(),
    accommodationIds: text("accommodation_ids", { mode: "json" }).$type<string[]>().notNull(),
    minNights: integer("min_nights").notNull(),
    maxNights: integer("max_nights").notNull(),
    /** The whole stay's price in minor units, extras included. */
    priceAmount: integer("price_amount"),
    currency: text("currency"),
    discountPercent: integer("discount_percent"),
    /** First and last night it covers (YYYY-MM-DD, both included); null: open-ended. */
    validFrom: text("valid_from"),
    validTo: text("valid_to"),
    /** Extras of the catalog (upsells) the package includes, already paid inside its price. */
    extras: text("extras", { mode: "json" }).$type<string[]>().notNull(),
    archivedAt: integer("archived_at"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("service_packages_tenant_idx").on(t.tenantId, t.archivedAt)],
);

/**
 * The package a reservation was booked with, as it was then (name and adjustment), so reports count
 * it after the package changes or is archived.
 */
export const reservationPackages = sqliteTable(
  "reservation_packages",
  {
    reservationId: text("reservation_id").notNull(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    packageId: text("package_id").notNull(),
    name: text("name").notNull(),
    /** The package's line on the stay's price (negative: below the nights' own price). */
    adjustmentAmount: integer("adjustment_amount").notNull(),
    currency: text("currency").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reservationId] }), index("reservation_packages_package_idx").on(t.tenantId, t.packageId)],
);
