import { eq } from "drizzle-orm";
import { openSecret, sealSecret } from "../../shared/crypto/secret-box";
import type { Database } from "../platform/db/client";
import { payuSettings } from "../platform/db/schema";
import type { PayuCredentials } from "./payu";

/** Binds each secret's ciphertext to its tenant and purpose, like the other providers' secrets. */
const context = (tenantId: string, field: "apiKey" | "apiLogin") => `tenant:${tenantId}:payments:payu.${field}`;

export interface PayuSettingsInput {
  merchantId: string;
  accountId: string;
  apiKey: string;
  /** PayU's API login, needed for its Payments API (refunds). Left out, the stored one is kept. */
  apiLogin?: string;
  /** Clients from these countries pay through PayU (ISO 3166-1 alpha-2). */
  countries: string[];
}

export async function savePayuSettings(db: Database, secretsKey: string, tenantId: string, input: PayuSettingsInput) {
  const row = {
    tenantId,
    merchantId: input.merchantId,
    accountId: input.accountId,
    apiKeySealed: await sealSecret(secretsKey, input.apiKey, context(tenantId, "apiKey")),
    ...(input.apiLogin ? { apiLoginSealed: await sealSecret(secretsKey, input.apiLogin, context(tenantId, "apiLogin")) } : {}),
    countries: [...new Set(input.countries.map((c) => c.toUpperCase()))],
    updatedAt: Date.now(),
  };
  const saved = await db.insert(payuSettings).values(row).onConflictDoUpdate({ target: payuSettings.tenantId, set: row }).returning().get();
  return presentPayuSettings(saved);
}

/** What the console may see: never the key nor the login, only whether the login is set. */
export function presentPayuSettings(row: { merchantId: string; accountId: string; countries: string[]; apiLoginSealed: string | null } | undefined) {
  return row
    ? { configured: true, merchantId: row.merchantId, accountId: row.accountId, countries: row.countries, apiLoginSet: row.apiLoginSealed !== null }
    : { configured: false, merchantId: null, accountId: null, countries: [], apiLoginSet: false };
}

export async function getPayuSettings(db: Database, tenantId: string) {
  return presentPayuSettings(await db.select().from(payuSettings).where(eq(payuSettings.tenantId, tenantId)).get());
}

/** The tenant's PayU credentials and countries, or null when PayU is not set up. */
export async function payuCredentials(db: Database, secretsKey: string, tenantId: string): Promise<(PayuCredentials & { countries: string[] }) | null> {
  const row = await db.select().from(payuSettings).where(eq(payuSettings.tenantId, tenantId)).get();
  if (!row) return null;
  return {
    merchantId: row.merchantId,
    accountId: row.accountId,
    apiKey: await openSecret(secretsKey, row.apiKeySealed, context(tenantId, "apiKey")),
    apiLogin: row.apiLoginSealed ? await openSecret(secretsKey, row.apiLoginSealed, context(tenantId, "apiLogin")) : null,
    countries: row.countries,
  };
}
