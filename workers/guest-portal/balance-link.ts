import { and, eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { upsellPurchases } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { getReservation } from "../bookings/reservations";
import { liveLinkFor, openCheckoutLink } from "../payments/links";
import type { ProviderName } from "../payments/provider";
import { paymentSettingsOf } from "../payments/settings";
import { stayMoney } from "./stay-money";

/** A balance link stays open a day: the guest may pay it that evening rather than at once. */
const BALANCE_LINK_MS = 24 * 3600_000;
/** A link that would expire within this margin is replaced rather than handed out again. */
const REUSE_MARGIN_MS = 10 * 60_000;

/** The online payment a tenant can take for a stay's balance: its default provider, when set up. */
export async function balanceProviderOf(db: Database, tenantId: string): Promise<ProviderName | null> {
  const settings = await paymentSettingsOf(db, tenantId);
  const name = settings.defaultProvider as ProviderName;
  return settings[name]?.configured ? name : null;
}

/**
 * A checkout link for exactly what a confirmed stay still owes: the rest of the stay and the
 * extras awaiting payment. The extras it covers travel in the link's metadata, so the payment
 * marks them paid when it arrives; the money itself is recorded by the stay's calendar object like
 * any provider payment (once per provider payment, whatever the webhook redelivers). Asking again
 * while a link for the same amount is live answers that link: two taps never open two checkouts.
 */
export async function createBalanceLink(db: Database, env: Env, config: Config, tenantId: string, reservationId: string, now = Date.now()) {
  const reservation = await getReservation(db, env, tenantId, reservationId);
  if (reservation.status !== "confirmed") throw new AppError(409, "not_confirmed", "Only a confirmed stay's balance is paid online");
  const money = await stayMoney(db, reservation);
  if (money.balanceDue <= 0) throw new AppError(409, "nothing_due", "Nothing is due for this stay");
  const providerName = await balanceProviderOf(db, tenantId);
  if (!providerName) throw new AppError(409, "no_online_payment", "The lodging takes no online payments; pay by transfer or at the desk");

  const live = await liveLinkFor(db, tenantId, reservationId, providerName, now + REUSE_MARGIN_MS);
  if (live && live.amount === money.balanceDue && live.currency === money.currency) return live;

  const awaiting = await db
    .select({ id: upsellPurchases.id })
    .from(upsellPurchases)
    .where(and(eq(upsellPurchases.tenantId, tenantId), eq(upsellPurchases.reservationId, reservationId), eq(upsellPurchases.status, "awaiting_payment"), eq(upsellPurchases.currency, money.currency)))
    .all();
  return openCheckoutLink(db, config, {
    tenantId,
    reservation,
    providerName,
    label: "Saldo",
    amount: { amount: money.balanceDue, currency: money.currency },
    expiresAt: now + BALANCE_LINK_MS,
    settlesPurchaseIds: awaiting.map((p) => p.id),
    now,
  });
}
