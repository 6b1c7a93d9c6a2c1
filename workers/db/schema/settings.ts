import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/** Payment provider credentials per tenant; every secret column holds AES-GCM ciphertext, never plaintext. */
export const paymentSettings = sqliteTable("payment_settings", {
  tenantId: text("tenant_id").primaryKey().references(() => tenants.id),
  mercadopagoAccessTokenSealed: text("mercadopago_access_token_sealed"),
  mercadopagoWebhookSecretSealed: text("mercadopago_webhook_secret_sealed"),
  stripeSecretKeySealed: text("stripe_secret_key_sealed"),
  stripeWebhookSecretSealed: text("stripe_webhook_secret_sealed"),
  defaultProvider: text("default_provider", { enum: ["mercadopago", "stripe"] }).notNull(),
  depositPercent: integer("deposit_percent").notNull(),
  updatedAt: integer("updated_at").notNull(),
});
