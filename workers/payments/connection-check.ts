import type { Database } from "../platform/db/client";
import type { Config } from "../platform/env";
import { text, whoAmI, type ConnectionCheck } from "../platform/connection-check";
import { providerSecret, type Provider } from "./settings";

/**
 * Asks Mercado Pago (`GET /users/me`) or Stripe (`GET /v1/account`) who the stored key belongs to,
 * so an owner knows the key works before a guest is sent a payment link.
 */
export async function checkPaymentConnection(db: Database, config: Config, tenantId: string, provider: Provider): Promise<ConnectionCheck> {
  if (provider === "mercadopago") {
    const token = await providerSecret(db, config.secretsKey, tenantId, "mercadopago.accessToken");
    if (!token) return { ok: false, problem: "not_configured" };
    return whoAmI(`${config.apiBases.mercadopago}/users/me`, token, (me) => text(me.nickname) || text(me.email) || text(me.id));
  }
  const key = await providerSecret(db, config.secretsKey, tenantId, "stripe.secretKey");
  if (!key) return { ok: false, problem: "not_configured" };
  return whoAmI(`${config.apiBases.stripe}/v1/account`, key, (account) => {
    const settings = account.settings as { dashboard?: { display_name?: unknown } } | undefined;
    const profile = account.business_profile as { name?: unknown } | undefined;
    return text(settings?.dashboard?.display_name) || text(profile?.name) || text(account.email) || text(account.id);
  });
}
