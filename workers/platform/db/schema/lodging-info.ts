import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/**
 * What the assistant tells guests about the place beyond each unit's own settings: where it is
 * (sent with every confirmation), the cancellation policy and the house rules, in the owner's
 * words. Null until the owner writes them; then the assistant hands such questions to a person.
 */
export const lodgingInfo = sqliteTable("lodging_info", {
  tenantId: text("tenant_id").primaryKey().references(() => tenants.id),
  address: text("address"),
  cancellationPolicy: text("cancellation_policy"),
  houseRules: text("house_rules"),
  updatedAt: integer("updated_at").notNull(),
});
