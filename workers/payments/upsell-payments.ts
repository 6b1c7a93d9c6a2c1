import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { upsellPurchases } from "../platform/db/schema";
import type { ProviderPayment } from "./provider";

export type UpsellPaymentOutcome = "confirmed" | "already_confirmed" | "pending" | "rejected" | "amount_mismatch" | "unknown_reference";

/**
 * A provider's payment for an extra, as fetched from the provider. It must name the purchase, its
 * reservation and tenant; it pays the extra once (a conditional update: redeliveries and races
 * find it paid and change nothing), and only for the purchase's exact amount and currency.
 */
export async function applyUpsellPayment(db: Database, tenantId: string, payment: ProviderPayment & { upsellPurchaseId: string }, now = Date.now()): Promise<UpsellPaymentOutcome> {
  const purchase = await db.select().from(upsellPurchases).where(and(eq(upsellPurchases.tenantId, tenantId), eq(upsellPurchases.id, payment.upsellPurchaseId))).get();
  if (!purchase || purchase.reservationId !== payment.reservationId) return "unknown_reference";
  if (purchase.status === "paid") return "already_confirmed";
  if (payment.status === "rejected" || payment.status === "cancelled") return "rejected";
  if (payment.status !== "approved") return "pending";
  if (payment.amount !== purchase.amount || payment.currency !== purchase.currency) return "amount_mismatch";
  const paid = await db
    .update(upsellPurchases)
    .set({ status: "paid", paidAt: now, providerPaymentId: payment.providerPaymentId })
    .where(and(eq(upsellPurchases.id, purchase.id), inArray(upsellPurchases.status, ["awaiting_payment", "pending_approval"])))
    .returning({ id: upsellPurchases.id })
    .all();
  return paid.length > 0 ? "confirmed" : "already_confirmed";
}

/**
 * A stay's balance payment that also covered extras awaiting payment marks them paid, once: the
 * money itself is the stay's payment (recorded by the calendar object), so the extra names it by
 * `providerPaymentId` and the stay's money never counts it twice. Only extras of this reservation
 * still awaiting payment change; a redelivery finds them paid and changes nothing.
 */
export async function settleExtrasWithStayPayment(db: Database, tenantId: string, reservationId: string, purchaseIds: string[], provider: string, providerPaymentId: string, now = Date.now()): Promise<number> {
  if (purchaseIds.length === 0) return 0;
  const settled = await db
    .update(upsellPurchases)
    .set({ status: "paid", paidAt: now, provider, providerPaymentId })
    .where(and(eq(upsellPurchases.tenantId, tenantId), eq(upsellPurchases.reservationId, reservationId), inArray(upsellPurchases.id, purchaseIds), eq(upsellPurchases.status, "awaiting_payment")))
    .returning({ id: upsellPurchases.id })
    .all();
  return settled.length;
}
