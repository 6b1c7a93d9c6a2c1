import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { upsellPurchases } from "../platform/db/schema";
import { moneyReceived } from "../communications/money-received";

/** Extras the guest owes or has paid: bought, and not declined or still waiting for staff. */
const OWED_EXTRA: (typeof upsellPurchases.$inferSelect)["status"][] = ["awaiting_payment", "paid"];
/** Only a stay that is (or is about to be) lived owes anything; a cancelled or lapsed one owes nothing. */
const OWING_STATUSES = new Set(["held", "confirmed"]);

export interface StayMoney {
  currency: string;
  /** The stay's own price (nights, guests), as the reservation's `total`. */
  stayTotal: number;
  /** Extras bought for the stay: paid ones and those awaiting payment. */
  extrasTotal: number;
  /** Of those, the extras already paid (on their own link, by hand, or inside a balance payment). */
  extrasPaid: number;
  /** Money in for the stay: its approved payments less refunds, plus extras paid on their own links. */
  paid: number;
  /** What is still owed: the stay and its extras less everything paid; never below zero. */
  balanceDue: number;
}

/**
 * The stay's money with its extras, the one figure staff, the portal and the balance link share.
 * An extra paid on its own checkout (or by hand) is money outside the stay's payments, so it is
 * added to them; an extra settled by a balance payment is paid with money already counted there
 * (its `providerPaymentId` is one of the stay's payments), so it is not added twice.
 */
export async function stayMoney(
  db: Database,
  reservation: { id: string; tenantId: string; status: string; totalAmount: number; currency: string },
): Promise<StayMoney> {
  const [received, extras] = await Promise.all([
    moneyReceived(db, reservation.tenantId, reservation.id),
    db
      .select({
        amount: upsellPurchases.amount,
        status: upsellPurchases.status,
        // Written out with both tables named: inside the subquery an unqualified column would be the payment's own.
        inStayPayment: sql<number>`CASE WHEN "upsell_purchases"."provider_payment_id" IS NOT NULL AND EXISTS (
          SELECT 1 FROM "payments" AS "stay_payment" WHERE "stay_payment"."tenant_id" = "upsell_purchases"."tenant_id"
            AND "stay_payment"."reservation_id" = "upsell_purchases"."reservation_id"
            AND "stay_payment"."provider_payment_id" = "upsell_purchases"."provider_payment_id") THEN 1 ELSE 0 END`,
      })
      .from(upsellPurchases)
      .where(
        and(
          eq(upsellPurchases.tenantId, reservation.tenantId),
          eq(upsellPurchases.reservationId, reservation.id),
          eq(upsellPurchases.currency, reservation.currency),
          inArray(upsellPurchases.status, OWED_EXTRA),
        ),
      )
      .all(),
  ]);
  const extrasTotal = extras.reduce((sum, e) => sum + e.amount, 0);
  const paidExtras = extras.filter((e) => e.status === "paid");
  const extrasPaid = paidExtras.reduce((sum, e) => sum + e.amount, 0);
  const paidOutside = paidExtras.filter((e) => Number(e.inStayPayment) !== 1).reduce((sum, e) => sum + e.amount, 0);
  const paid = received + paidOutside;
  const owing = OWING_STATUSES.has(reservation.status);
  return {
    currency: reservation.currency,
    stayTotal: reservation.totalAmount,
    extrasTotal,
    extrasPaid,
    paid,
    balanceDue: owing ? Math.max(0, reservation.totalAmount + extrasTotal - paid) : 0,
  };
}
