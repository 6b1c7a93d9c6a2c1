import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";
import { messages } from "./conversations";

/**
 * How a tenant sends and receives email. The sender address must be verified with the provider
 * (Resend checks the domain; Cloudflare's binding the Email Routing zone). Every address at the
 * inbound domain reaches the Email Worker for this tenant, so the domain is unique across tenants.
 * Secret columns hold AES-GCM ciphertext, never plaintext.
 */
export const emailSettings = sqliteTable(
  "email_settings",
  {
    tenantId: text("tenant_id").primaryKey().references(() => tenants.id),
    provider: text("provider", { enum: ["resend", "cloudflare"] }).notNull(),
    fromAddress: text("from_address").notNull(),
    fromName: text("from_name"),
    inboundDomain: text("inbound_domain").notNull(),
    resendApiKeySealed: text("resend_api_key_sealed"),
    resendWebhookSecretSealed: text("resend_webhook_secret_sealed"),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("email_settings_inbound_domain_unique").on(t.inboundDomain)],
);

/** Addresses a provider reported as bouncing or complaining: never written to again. */
export const emailSuppressions = sqliteTable(
  "email_suppressions",
  {
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    address: text("address").notNull(),
    reason: text("reason", { enum: ["bounce", "complaint"] }).notNull(),
    detail: text("detail"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.address] })],
);

/** Where mail goes in development and tests instead of leaving the machine. */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    messageId: text("message_id").references(() => messages.id),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    replyTo: text("reply_to"),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    /** The whole message as the MIME library wrote it (headers, text and HTML parts). */
    raw: text("raw").notNull(),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("email_outbox_tenant_idx").on(t.tenantId, t.createdAt)],
);
