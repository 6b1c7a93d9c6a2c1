import type { Database } from "../platform/db/client";
import type { Config } from "../platform/env";
import { AppError } from "../platform/errors";
import { providerSecret } from "./settings";
import { mercadoPago } from "./mercadopago";
import type { PaymentProvider, ProviderName } from "./provider";
import { stripe } from "./stripe";

/** The tenant's adapter for one provider, built with its own sealed credentials. */
export async function providerFor(db: Database, config: Config, tenantId: string, name: ProviderName): Promise<PaymentProvider> {
  const secret = await providerSecret(db, config.secretsKey, tenantId, name === "mercadopago" ? "mercadopago.accessToken" : "stripe.secretKey");
  if (!secret) throw new AppError(422, "provider_not_configured", `Add ${name} credentials in the payment settings first`);
  return name === "mercadopago" ? mercadoPago(config.apiBases.mercadopago, secret) : stripe(config.apiBases.stripe, secret);
}
