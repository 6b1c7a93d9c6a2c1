import { eq } from "drizzle-orm";
import { openSecret, sealSecret } from "../../../shared/crypto/secret-box";
import type { Database } from "../../platform/db/client";
import { isUniqueViolation } from "../../platform/db/errors";
import { emailSettings, tenants } from "../../platform/db/schema";
import { AppError, type FieldError } from "../../platform/errors";

export type EmailProvider = "resend" | "cloudflare";

export interface EmailSettingsInput {
  provider: EmailProvider;
  fromAddress: string;
  fromName?: string | null;
  inboundDomain: string;
  resendApiKey?: string;
  resendWebhookSecret?: string;
}

type SecretName = "resendApiKey" | "resendWebhookSecret";
const context = (tenantId: string, name: SecretName) => `tenant:${tenantId}:email:${name}`;

/**
 * Outside production a tenant without email settings still has an address, so `npm run dev` and
 * the tests can send to the outbox and receive on `<anything>@<slug>.posada.local`.
 */
export const LOCAL_INBOUND_SUFFIX = ".posada.local";

/**
 * With Resend, a secret left out keeps the one already stored (so the sender or the domain can be
 * changed without pasting the key again); one that was never stored is refused by field. Any other
 * provider drops the Resend secrets.
 */
export async function saveEmailSettings(db: Database, secretsKey: string, tenantId: string, input: EmailSettingsInput) {
  const resend = input.provider === "resend";
  const stored = resend ? await db.select({ apiKey: emailSettings.resendApiKeySealed, webhookSecret: emailSettings.resendWebhookSecretSealed }).from(emailSettings).where(eq(emailSettings.tenantId, tenantId)).get() : undefined;
  const seal = async (name: SecretName, value: string | undefined, kept: string | null | undefined) => {
    if (!resend) return null;
    return value ? sealSecret(secretsKey, value, context(tenantId, name)) : (kept ?? null);
  };
  const row = {
    tenantId,
    provider: input.provider,
    fromAddress: input.fromAddress.toLowerCase(),
    fromName: input.fromName ?? null,
    inboundDomain: input.inboundDomain.toLowerCase(),
    resendApiKeySealed: await seal("resendApiKey", input.resendApiKey, stored?.apiKey),
    resendWebhookSecretSealed: await seal("resendWebhookSecret", input.resendWebhookSecret, stored?.webhookSecret),
    updatedAt: Date.now(),
  };
  if (resend) {
    const missing: FieldError[] = [];
    if (!row.resendApiKeySealed) missing.push({ path: "resendApiKey", message: "required with Resend" });
    if (!row.resendWebhookSecretSealed) missing.push({ path: "resendWebhookSecret", message: "required with Resend" });
    if (missing.length > 0) throw new AppError(400, "validation_failed", "The request has invalid fields", { errors: missing });
  }
  try {
    // A kept secret is left out of the update, so a save racing one that replaces it cannot write the old one back.
    const { resendApiKeySealed, resendWebhookSecretSealed, ...plain } = row;
    const set = {
      ...plain,
      ...(resend && !input.resendApiKey ? {} : { resendApiKeySealed }),
      ...(resend && !input.resendWebhookSecret ? {} : { resendWebhookSecretSealed }),
    };
    await db.insert(emailSettings).values(row).onConflictDoUpdate({ target: emailSettings.tenantId, set });
  } catch (error) {
    // Mail to the inbound domain is filed for one tenant only.
    if (isUniqueViolation(error)) throw new AppError(409, "email_domain_taken", "That inbound domain already receives email for another account");
    throw error;
  }
  return presentEmailSettings(row);
}

export async function getEmailSettings(db: Database, tenantId: string) {
  const row = await db.select().from(emailSettings).where(eq(emailSettings.tenantId, tenantId)).get();
  return row ? presentEmailSettings(row) : { configured: false, provider: null, fromAddress: null, fromName: null, inboundDomain: null, resendApiKeyStored: false, resendWebhookSecretStored: false };
}

/** Which secrets are stored is said; the secrets themselves never leave. */
const presentEmailSettings = (row: { provider: EmailProvider; fromAddress: string; fromName: string | null; inboundDomain: string; resendApiKeySealed: string | null; resendWebhookSecretSealed: string | null }) => ({
  configured: true,
  provider: row.provider,
  fromAddress: row.fromAddress,
  fromName: row.fromName,
  inboundDomain: row.inboundDomain,
  resendApiKeyStored: row.resendApiKeySealed !== null,
  resendWebhookSecretStored: row.resendWebhookSecretSealed !== null,
});

/** How the tenant's email goes out: sender address, the domain replies come back to, and the provider's key. */
export interface EmailIdentity {
  tenantId: string;
  tenantName: string;
  provider: EmailProvider | "local";
  fromAddress: string;
  fromName: string;
  inboundDomain: string;
  resendApiKey: string | null;
}

export async function emailIdentity(db: Database, secretsKey: string, tenantId: string, { allowLocal }: { allowLocal: boolean }): Promise<EmailIdentity | null> {
  const tenant = await db.select({ name: tenants.name, slug: tenants.slug }).from(tenants).where(eq(tenants.id, tenantId)).get();
  if (!tenant) return null;
  const row = await db.select().from(emailSettings).where(eq(emailSettings.tenantId, tenantId)).get();
  if (!row) {
    if (!allowLocal) return null;
    const domain = `${tenant.slug}${LOCAL_INBOUND_SUFFIX}`;
    return { tenantId, tenantName: tenant.name, provider: "local", fromAddress: `reservas@${domain}`, fromName: tenant.name, inboundDomain: domain, resendApiKey: null };
  }
  return {
    tenantId,
    tenantName: tenant.name,
    provider: row.provider,
    fromAddress: row.fromAddress,
    fromName: row.fromName ?? tenant.name,
    inboundDomain: row.inboundDomain,
    resendApiKey: row.resendApiKeySealed ? await openSecret(secretsKey, row.resendApiKeySealed, context(tenantId, "resendApiKey")) : null,
  };
}

/** The Resend signing secret a tenant's webhook endpoint checks; null for an unknown tenant or one not on Resend. */
export async function resendWebhookSecret(db: Database, secretsKey: string, tenantId: string): Promise<string | null> {
  const row = await db.select({ sealed: emailSettings.resendWebhookSecretSealed }).from(emailSettings).where(eq(emailSettings.tenantId, tenantId)).get();
  if (!row?.sealed) return null;
  return openSecret(secretsKey, row.sealed, context(tenantId, "resendWebhookSecret"));
}

/**
 * The tenant a recipient address belongs to: its domain is a tenant's inbound domain (or, outside
 * production, `<slug>.posada.local`). Null for anyone else's mail.
 */
export async function tenantForRecipient(db: Database, recipient: string, { allowLocal }: { allowLocal: boolean }): Promise<{ tenantId: string; inboundDomain: string } | null> {
  const domain = recipient.slice(recipient.lastIndexOf("@") + 1).toLowerCase();
  if (!domain) return null;
  const row = await db.select({ tenantId: emailSettings.tenantId }).from(emailSettings).where(eq(emailSettings.inboundDomain, domain)).get();
  if (row) return { tenantId: row.tenantId, inboundDomain: domain };
  if (allowLocal && domain.endsWith(LOCAL_INBOUND_SUFFIX)) {
    const tenant = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, domain.slice(0, -LOCAL_INBOUND_SUFFIX.length))).get();
    if (tenant) return { tenantId: tenant.id, inboundDomain: domain };
  }
  return null;
}
