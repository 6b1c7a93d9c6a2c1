import { eq } from "drizzle-orm";
import { openSecret, sealSecret } from "../../shared/crypto/secret-box";
import type { Database } from "../platform/db/client";
import { payuSettings } from "../platform/db/schema";
import type { PayuCredentials } from "./payu";

/** Binds the API key's ciphertext to its tenant and purpose, like the other providers' secrets. */
const context = (tenantId: string) => `tenant:${tenantId}:payments:payu.apiKey`;

export interface PayuSettingsInput {
  merchantId: string;
  accountId: string;
  apiKey: string;
  /** Clients from these countries pay through PayU (ISO 3166-1 alpha-2). */
  countries: string[];
}

export async function savePayuSettings(db: Database, secretsKey: string, tenantId: string, input: PayuSettingsInput) {
  const row = {
    tenantId,
    merchantId: input.merchantId,
    accountId: input.accountId,
    apiKeySealed: await sealSecret(secretsKey, input.apiKey, context(tenantId)),
    countries: [...new Set(input.countries.map((c) => c.toUpperCase()))],
    updatedAt: Date.now(),
  };
  await db.insert(payuSettings).values(row).onConflictDoUpdate({ target: payuSettings.tenantId, set: row });
  return presentPayuSettings(row);
}

/** What the console may see: never the key. */
export function presentPayuSettings(row: { merchantId: string; accountId: string; countries: string[] } | undefined) {
  return row ? { configured: true, merchantId: row.merchantId, accountId: row.accountId, countries: row.countries } : { configured: false, merchantId: null, accountId: null, countries: [] };
}

export async function getPayuSettings(db: Database, tenantId: string) {
  return presentPayuSettings(await db.select().from(payuSettings).where(eq(payuSettings.tenantId, tenantId)).get());
}

/** The tenant's PayU credentials and countries, or null when PayU is not set up. */
export async function payuCredentials(db: Database, secretsKey: string, tenantId: string): Promise<(PayuCredentials & { countries: string[] }) | null> {
  const row = await db.select().from(payuSettings).where(eq(payuSettings.tenantId, tenantId)).get();
  if (!row) return null;
  return { merchantId: row.merchantId, accountId: row.accountId, apiKey: await openSecret(secretsKey, row.apiKeySealed, context(tenantId)), countries: row.countries };
}
