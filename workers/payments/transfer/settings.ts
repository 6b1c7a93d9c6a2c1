import { eq } from "drizzle-orm";
import type { BankDetails } from "../../../shared/transfer/bank-details";
import type { Database } from "../../platform/db/client";
import { transferSettings } from "../../platform/db/schema";
import { paymentSettingsOf } from "../settings";

export interface TransferSettingsInput extends BankDetails {
  enabled: boolean;
}

export type TransferSettings = Awaited<ReturnType<typeof getTransferSettings>>;

/** Saves the account guests transfer deposits to (already checked by bankDetailsSchema). */
export async function saveTransferSettings(db: Database, tenantId: string, input: TransferSettingsInput) {
  const row = { tenantId, enabled: input.enabled, cbu: input.cbu, alias: input.alias, holderName: input.holderName, cuit: input.cuit, updatedAt: Date.now() };
  await db.insert(transferSettings).values(row).onConflictDoUpdate({ target: transferSettings.tenantId, set: row });
  return getTransferSettings(db, tenantId);
}

/**
 * The tenant's transfer account and whether a payment gateway is connected beside it: with none,
 * transfer is the only way the assistant offers; with one, transfer is offered as the alternative.
 */
export async function getTransferSettings(db: Database, tenantId: string) {
  const row = await db.select().from(transferSettings).where(eq(transferSettings.tenantId, tenantId)).get();
  const payments = await paymentSettingsOf(db, tenantId);
  const gatewayConnected = payments.mercadopago.configured || payments.stripe.configured;
  const defaultGatewayConnected = payments[payments.defaultProvider as "mercadopago" | "stripe"].configured;
  return {
    enabled: row?.enabled ?? false,
    cbu: row?.cbu ?? null,
    alias: row?.alias ?? null,
    holderName: row?.holderName ?? null,
    cuit: row?.cuit ?? null,
    gatewayConnected,
    /** Whether the assistant can make a checkout link (the default provider has credentials). */
    linksAvailable: defaultGatewayConnected,
  };
}

/** The account to show a guest, or null when the tenant does not take transfers. */
export async function transferAccountOf(db: Database, tenantId: string) {
  const settings = await getTransferSettings(db, tenantId);
  if (!settings.enabled || !settings.cbu || !settings.holderName || !settings.cuit) return null;
  return { account: { cbu: settings.cbu, alias: settings.alias, holderName: settings.holderName, cuit: settings.cuit }, linksAvailable: settings.linksAvailable };
}
