import { eq } from "drizzle-orm";
import { openSecret, sealSecret } from "../../shared/crypto/secret-box";
import type { Database } from "../platform/db/client";
import { paymentSettings } from "../platform/db/schema";
import { AppError } from "../platform/errors";
import { tenantCountry } from "../tenancy/tenants";

export type Provider = "mercadopago" | "stripe";

export interface PaymentSettingsInput {
  mercadopago?: { accessToken: string; webhookSecret: string };
  stripe?: { secretKey: string; webhookSecret: string };
  defaultProvider: Provider;
  depositPercent: number;
}

type SecretName = "mercadopago.accessToken" | "mercadopago.webhookSecret" | "stripe.secretKey" | "stripe.webhookSecret";

/** Binds each ciphertext to its tenant and purpose: a value copied elsewhere does not decrypt. */
const context = (tenantId: string, name: SecretName) => `tenant:${tenantId}:payments:${name}`;

/**
 * Saves provider settings. A provider left out keeps its stored credentials, so changing the
 * deposit does not require pasting tokens again.
 */
export async function savePaymentSettings(db: Database, secretsKey: string, tenantId: string, input: PaymentSettingsInput) {
  const current = await db.select().from(paymentSettings).where(eq(paymentSettings.tenantId, tenantId)).get();
  const seal = (name: SecretName, value: string) => sealSecret(secretsKey, value, context(tenantId, name));
  const row = {
    tenantId,
    mercadopagoAccessTokenSealed: input.mercadopago ? await seal("mercadopago.accessToken", input.mercadopago.accessToken) : (current?.mercadopagoAccessTokenSealed ?? null),
    mercadopagoWebhookSecretSealed: input.mercadopago ? await seal("mercadopago.webhookSecret", input.mercadopago.webhookSecret) : (current?.mercadopagoWebhookSecretSealed ?? null),
    stripeSecretKeySealed: input.stripe ? await seal("stripe.secretKey", input.stripe.secretKey) : (current?.stripeSecretKeySealed ?? null),
    stripeWebhookSecretSealed: input.stripe ? await seal("stripe.webhookSecret", input.stripe.webhookSecret) : (current?.stripeWebhookSecretSealed ?? null),
    defaultProvider: input.defaultProvider,
    depositPercent: input.depositPercent,
    updatedAt: Date.now(),
  };
  const configured = presentPaymentSettings(row);
  if (!configured[input.defaultProvider].configured) {
    throw new AppError(422, "provider_not_configured", `Add ${input.defaultProvider} credentials before making it the default`);
  }
  await db.insert(paymentSettings).values(row).onConflictDoUpdate({ target: paymentSettings.tenantId, set: row });
  return configured;
}

export async function getPaymentSettings(db: Database, tenantId: string, country: string) {
  const row = await db.select().from(paymentSettings).where(eq(paymentSettings.tenantId, tenantId)).get();
  if (row) return presentPaymentSettings(row);
  // Mercado Pago is the default for Argentine tenants, Stripe elsewhere.
  return { mercadopago: { configured: false }, stripe: { configured: false }, defaultProvider: country === "AR" ? "mercadopago" : "stripe", depositPercent: 30 };
}

/** The tenant's settings, with the defaults of its country when none are saved. */
export async function paymentSettingsOf(db: Database, tenantId: string) {
  return getPaymentSettings(db, tenantId, await tenantCountry(db, tenantId));
}

/** What the console may see: whether each provider is set up, never a secret. */
export function presentPaymentSettings(row: Pick<typeof paymentSettings.$inferSelect, "mercadopagoAccessTokenSealed" | "mercadopagoWebhookSecretSealed" | "stripeSecretKeySealed" | "stripeWebhookSecretSealed" | "defaultProvider" | "depositPercent">) {
  return {
    mercadopago: { configured: Boolean(row.mercadopagoAccessTokenSealed && row.mercadopagoWebhookSecretSealed) },
    stripe: { configured: Boolean(row.stripeSecretKeySealed && row.stripeWebhookSecretSealed) },
    defaultProvider: row.defaultProvider,
    depositPercent: row.depositPercent,
  };
}

/** Opens one stored secret for server-side use (provider calls, webhook verification). */
export async function providerSecret(db: Database, secretsKey: string, tenantId: string, name: SecretName): Promise<string | null> {
  const row = await db.select().from(paymentSettings).where(eq(paymentSettings.tenantId, tenantId)).get();
  const sealed = {
    "mercadopago.accessToken": row?.mercadopagoAccessTokenSealed,
    "mercadopago.webhookSecret": row?.mercadopagoWebhookSecretSealed,
    "stripe.secretKey": row?.stripeSecretKeySealed,
    "stripe.webhookSecret": row?.stripeWebhookSecretSealed,
  }[name];
  return sealed ? openSecret(secretsKey, sealed, context(tenantId, name)) : null;
}
