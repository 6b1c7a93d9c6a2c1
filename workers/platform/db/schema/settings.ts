import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
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

/**
 * The tenant's WhatsApp Cloud API number. `phone_number_id` routes Meta's shared webhook to the
 * tenant; the verify token is kept only as a SHA-256 so the handshake can find it without storing it.
 */
export const whatsappSettings = sqliteTable(
  "whatsapp_settings",
  {
    tenantId: text("tenant_id").primaryKey().references(() => tenants.id),
    phoneNumberId: text("phone_number_id").notNull(),
    accessTokenSealed: text("access_token_sealed").notNull(),
    appSecretSealed: text("app_secret_sealed").notNull(),
    verifyTokenHash: text("verify_token_hash").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("whatsapp_settings_phone_unique").on(t.phoneNumberId), uniqueIndex("whatsapp_settings_verify_unique").on(t.verifyTokenHash)],
);
