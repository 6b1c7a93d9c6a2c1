import { and, desc, eq, gt } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { accommodations, paymentLinks, tenants } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { providerFor } from "./providers";
import type { ProviderName } from "./provider";
import { getPaymentSettings } from "./settings";
import { getReservation } from "../bookings/reservations";

/** A link that would expire within this margin is replaced rather than handed out again. */
const REUSE_MARGIN_MS = 2 * 60_000;

/**
 * A checkout link for a held reservation's deposit. Asking again while a link is live returns
 * the same link, so a guest who taps twice never gets two preferences to pay.
 */
export async function createPaymentLink(db: Database, env: Env, config: Config, tenantId: string, reservationId: string, requested?: ProviderName) {
  const reservation = await getReservation(db, env, tenantId, reservationId);
  if (reservation.status !== "held" || reservation.expiresAt === null) {
    throw new AppError(409, "not_held", "A payment link can only be made for a live hold");
  }
  const now = Date.now();
  if (reservation.expiresAt <= now) throw new AppError(409, "not_held", "The hold has expired");

  const tenant = await db.select({ country: tenants.country }).from(tenants).where(eq(tenants.id, tenantId)).get();
  const settings = await getPaymentSettings(db, tenantId, tenant?.country ?? "AR");
  const providerName = requested ?? (settings.defaultProvider as ProviderName);

  const live = await liveLinkFor(db, tenantId, reservationId, providerName, now + REUSE_MARGIN_MS);
  if (live && live.amount === reservation.depositAmount) return live;

  return openCheckoutLink(db, config, {
    tenantId,
    reservation,
    providerName,
    label: "Seña",
    amount: { amount: reservation.depositAmount, currency: reservation.currency },
    expiresAt: reservation.expiresAt,
    now,
  });
}

type Reservation = Awaited<ReturnType<typeof getReservation>>;

/** The newest link of a reservation with this provider still open after `openAfter`. */
export function liveLinkFor(db: Database, tenantId: string, reservationId: string, providerName: ProviderName, openAfter: number) {
  return db
    .select()
    .from(paymentLinks)
    .where(and(eq(paymentLinks.tenantId, tenantId), eq(paymentLinks.reservationId, reservationId), eq(paymentLinks.provider, providerName), gt(paymentLinks.expiresAt, openAfter)))
    .orderBy(desc(paymentLinks.createdAt))
    .get();
}

/**
 * Asks the provider for a checkout of `amount` for the reservation and records it as one of the
 * reservation's payment links. The guest is waiting on this link: a provider failure is a clear
 * 502, not an opaque 500.
 */
export async function openCheckoutLink(
  db: Database,
  config: Config,
  input: { tenantId: string; reservation: Reservation; providerName: ProviderName; label: string; amount: { amount: number; currency: string }; expiresAt: number; settlesPurchaseIds?: string[]; now: number },
) {
  const { tenantId, reservation, providerName, amount, now } = input;
  const provider = await providerFor(db, config, tenantId, providerName);
  const accommodation = await db.select({ name: accommodations.name }).from(accommodations).where(eq(accommodations.id, reservation.accommodationId)).get();
  const linkId = newId("pay");
  const base = config.publicBaseUrl;
  const checkout = await provider
    .createCheckout({
      linkId,
      tenantId,
      reservation: { id: reservation.id, code: reservation.code, checkIn: reservation.checkIn, checkOut: reservation.checkOut, guestName: reservation.guestName, guestEmail: reservation.guestEmail },
      ...(input.settlesPurchaseIds ? { settlesPurchaseIds: input.settlesPurchaseIds } : {}),
      title: `${input.label} ${reservation.code} · ${accommodation?.name ?? "Reserva"} (${reservation.checkIn} → ${reservation.checkOut})`,
      amount,
      holdExpiresAt: input.expiresAt,
      notificationUrl: `${base}/webhooks/${providerName}/${tenantId}`,
      returnUrl: `${base}/pay/${reservation.code}`,
      now,
    })
    .catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      throw new AppError(502, "provider_unavailable", `${providerName} could not create the link: ${(error as Error).message}`.slice(0, 300));
    });
  return db
    .insert(paymentLinks)
    .values({ id: linkId, tenantId, reservationId: reservation.id, provider: providerName, providerRef: checkout.providerRef, url: checkout.url, amount: amount.amount, currency: amount.currency, expiresAt: checkout.expiresAt })
    .returning()
    .get();
}
