import { AppError } from "../../platform/errors";
import type { AssistantDeps } from "./assistant-deps";

/** How a guest pays the deposit of the hold they just got. */
export type HoldPaymentInstructions = { kind: "link"; url: string; amount: number; currency: string };

/**
 * Payment instructions for a hold: a checkout link on the tenant's gateway (Mercado Pago or
 * Stripe). Null when no gateway is connected: the hold stands and a person sends the guest how
 * to pay. Every other way of paying a deposit is added here.
 */
export async function paymentInstructionsForHold(deps: AssistantDeps, tenantId: string, reservationId: string): Promise<HoldPaymentInstructions | null> {
  try {
    const link = await deps.paymentLinkFor(tenantId, reservationId);
    return { kind: "link", ...link };
  } catch (error) {
    if (error instanceof AppError && error.code === "provider_not_configured") return null;
    throw error;
  }
}
