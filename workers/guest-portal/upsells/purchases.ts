import { and, desc, eq, inArray } from "drizzle-orm";
import { newId } from "../../../shared/ids";
import type { Database } from "../../platform/db/client";
import { upsellPurchases, upsells } from "../../platform/db/schema";
import { calendarOf } from "../../bookings/calendar";
import type { DayUseKind } from "../../../durable-objects/calendar/day-uses";
import type { Config, Env } from "../../platform/env";
import { AppError, notFound } from "../../platform/errors";
import { raiseAlert } from "../../alerts/alerts";
import { paymentSettingsOf } from "../../payments/settings";
import { transferAccountOf } from "../../payments/transfer/settings";
import { providerFor } from "../../payments/providers";
import type { ProviderName } from "../../payments/provider";
import { getUpsell } from "./catalog";
import { upsellAvailable, type OfferedStay } from "./offers";
import { freeExtrasFor } from "./tier-extras";

export type PurchaseRow = typeof upsellPurchases.$inferSelect;

/** A checkout link for an extra stays open a day: the guest may pay it later that evening. */
const EXTRA_LINK_MS = 24 * 3600_000;
/** Statuses that hold the extra for the stay: asking again answers the same purchase. */
const OPEN: PurchaseRow["status"][] = ["pending_approval", "awaiting_payment", "paid"];

export interface PurchasingStay extends OfferedStay {
  code: string;
  guestName: string;
  guestPhone: string | null;
  guestEmail: string | null;
}

/**
 * A guest asks for an extra. It must be on offer to this stay now (the calendar is asked again:
 * a stay may have been booked on that day since the portal showed it). One open purchase per stay
 * and extra, so a double tap answers the same one. An extra that needs approval waits for staff
 * (alerted); otherwise it is paid through a checkout link, or by transfer when no gateway is set.
 */
export async function requestUpsell(db: Database, env: Env, config: Config, stay: PurchasingStay, upsellId: string, today: string, now = Date.now()): Promise<PurchaseRow> {
  const upsell = await getUpsell(db, stay.tenantId, upsellId);
  const open = await db
    .select()
    .from(upsellPurchases)
    .where(and(eq(upsellPurchases.tenantId, stay.tenantId), eq(upsellPurchases.reservationId, stay.id), eq(upsellPurchases.upsellId, upsellId), inArray(upsellPurchases.status, OPEN)))
    .get();
  if (open) return open;
  if (!(await upsellAvailable(db, upsell, stay, today))) throw new AppError(409, "upsell_unavailable", "This extra is not available for this stay that day");
  // A tier that gives the extra makes it cost nothing; the day is still claimed below, like a paid one.
  const free = (await freeExtrasFor(db, stay.tenantId, stay)).has(upsellId);
  const nothingToPay = free && !upsell.requiresApproval;
  const purchaseId = newId("upp", now);
  // The read model above may be a few milliseconds behind; the calendar object decides for good.
  if (isDayUse(upsell.kind)) await claimDay(env, stay, upsell.kind, purchaseId, now);
  const purchase = await db
    .insert(upsellPurchases)
    .values({
      id: purchaseId,
      tenantId: stay.tenantId,
      reservationId: stay.id,
      upsellId,
      title: upsell.title,
      amount: free ? 0 : upsell.price,
      currency: upsell.currency,
      status: upsell.requiresApproval ? "pending_approval" : nothingToPay ? "paid" : "awaiting_payment",
      ...(nothingToPay ? { paidAt: now, provider: "loyalty" } : {}),
      createdAt: now,
    })
    .returning()
    .get()
    .catch(async (error: unknown) => {
      if (isDayUse(upsell.kind)) await releaseDay(env, stay, upsell.kind, purchaseId);
      throw error;
    });
  const name = upsell.title.es ?? upsell.title.en ?? upsell.title.pt ?? upsell.kind;
  if (upsell.requiresApproval) {
    await raiseAlert(db, env, stay.tenantId, {
      kind: "upsell_requested",
      severity: "info",
      subjectType: "reservation",
      subjectId: stay.id,
      message: `${stay.guestName} (${stay.code}) asks for ${name}; confirm or decline it on the reservation.`,
      params: { code: stay.code, guest: stay.guestName, upsell: name },
      dedupeKey: `upsell_requested:${purchase.id}`,
    });
    return purchase;
  }
  if (purchase.status === "paid") return purchase;
  return attachCheckout(db, config, stay, purchase, now);
}

/**
 * Gives an awaiting purchase its checkout link through the tenant's default provider (the link id
 * is the purchase's, so a retry never opens a second checkout). A tenant with no gateway takes the
 * extra by transfer (staff mark it paid); with neither, the guest pays at the desk.
 */
async function attachCheckout(db: Database, config: Config, stay: PurchasingStay, purchase: PurchaseRow, now: number): Promise<PurchaseRow> {
  if (purchase.paymentUrl) return purchase;
  const settings = await paymentSettingsOf(db, stay.tenantId);
  const providerName = settings.defaultProvider as ProviderName;
  if (!settings[providerName].configured) return purchase;
  const provider = await providerFor(db, config, stay.tenantId, providerName);
  const name = purchase.title.es ?? purchase.title.en ?? purchase.title.pt ?? "Extra";
  const checkout = await provider
    .createCheckout({
      linkId: purchase.id,
      tenantId: stay.tenantId,
      reservation: { id: stay.id, code: stay.code, checkIn: stay.checkIn, checkOut: stay.checkOut, guestName: stay.guestName, guestEmail: stay.guestEmail },
      upsellPurchaseId: purchase.id,
      title: `${name} · ${stay.code}`,
      amount: { amount: purchase.amount, currency: purchase.currency },
      holdExpiresAt: now + EXTRA_LINK_MS,
      notificationUrl: `${config.publicBaseUrl}/webhooks/${providerName}/${stay.tenantId}`,
      returnUrl: `${config.publicBaseUrl}/pay/${stay.code}`,
      now,
    })
    .catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      throw new AppError(502, "provider_unavailable", `${providerName} could not create the link: ${(error as Error).message}`.slice(0, 300));
    });
  return db
    .update(upsellPurchases)
    .set({ provider: providerName, providerRef: checkout.providerRef, paymentUrl: checkout.url })
    .where(eq(upsellPurchases.id, purchase.id))
    .returning()
    .get();
}

const isDayUse = (kind: string): kind is DayUseKind => kind === "late_checkout" || kind === "early_checkin";

/**
 * A late check-out or early check-in holds the night beside the stay in the unit's calendar
 * object (durable-objects/calendar/day-uses.ts), so a stay booked on that day afterwards is
 * refused there, and a stay booked there first makes this sale fail: the object serializes both.
 */
async function claimDay(env: Env, stay: PurchasingStay, kind: DayUseKind, purchaseId: string, now: number): Promise<void> {
  const claim = await calendarOf(env, stay.accommodationId).claimDayUse({ tenantId: stay.tenantId, reservationId: stay.id, purchaseId, kind, now });
  if (claim.ok) return;
  if (claim.code === "not_found") throw notFound("Reservation");
  throw new AppError(409, "upsell_unavailable", "This extra is not available for this stay that day");
}

async function releaseDay(env: Env, stay: PurchasingStay, kind: DayUseKind, purchaseId: string): Promise<void> {
  await calendarOf(env, stay.accommodationId).releaseDayUse({ tenantId: stay.tenantId, reservationId: stay.id, purchaseId, kind });
}

/** Whether the tenant can take an extra by transfer (shown to the guest beside a missing link). */
export async function transferForExtras(db: Database, tenantId: string) {
  return (await transferAccountOf(db, tenantId))?.account ?? null;
}

export async function purchasesOf(db: Database, tenantId: string, reservationId: string): Promise<PurchaseRow[]> {
  return db.select().from(upsellPurchases).where(and(eq(upsellPurchases.tenantId, tenantId), eq(upsellPurchases.reservationId, reservationId))).orderBy(desc(upsellPurchases.createdAt)).all();
}

async function purchaseOf(db: Database, tenantId: string, id: string): Promise<PurchaseRow> {
  const row = await db.select().from(upsellPurchases).where(and(eq(upsellPurchases.tenantId, tenantId), eq(upsellPurchases.id, id))).get();
  if (!row) throw notFound("Purchase");
  return row;
}

/**
 * Staff decide a request that needed approval: approved, it awaits payment (with its link);
 * declined, it is closed. Only a pending request is decided, once (a second decision is a 409).
 */
export async function decideUpsell(
  db: Database,
  env: Env,
  config: Config,
  stay: PurchasingStay,
  purchaseId: string,
  decision: "approve" | "decline",
  userId: string | null,
  now = Date.now(),
): Promise<PurchaseRow> {
  const decided = await db
    .update(upsellPurchases)
    .set({ status: decision === "approve" ? "awaiting_payment" : "declined", decidedBy: userId, decidedAt: now })
    .where(and(eq(upsellPurchases.tenantId, stay.tenantId), eq(upsellPurchases.id, purchaseId), eq(upsellPurchases.reservationId, stay.id), eq(upsellPurchases.status, "pending_approval")))
    .returning()
    .get();
  if (!decided) {
    await purchaseOf(db, stay.tenantId, purchaseId);
    throw new AppError(409, "already_decided", "This request was already decided");
  }
  if (decision === "decline") {
    const kind = (await db.select({ kind: upsells.kind }).from(upsells).where(and(eq(upsells.tenantId, stay.tenantId), eq(upsells.id, decided.upsellId))).get())?.kind;
    if (kind && isDayUse(kind)) await releaseDay(env, stay, kind, decided.id);
    return decided;
  }
  // An extra the guest's tier gives has nothing to pay once approved.
  if (decided.amount === 0) {
    return db.update(upsellPurchases).set({ status: "paid", paidAt: now, provider: "loyalty" }).where(eq(upsellPurchases.id, decided.id)).returning().get();
  }
  return attachCheckout(db, config, stay, decided, now);
}

/** Staff record an extra paid by transfer or at the desk; a paid one stays paid. */
export async function markUpsellPaid(db: Database, tenantId: string, reservationId: string, purchaseId: string, userId: string | null, now = Date.now()): Promise<PurchaseRow> {
  const paid = await db
    .update(upsellPurchases)
    .set({ status: "paid", paidAt: now, provider: "manual", decidedBy: userId })
    .where(and(eq(upsellPurchases.tenantId, tenantId), eq(upsellPurchases.id, purchaseId), eq(upsellPurchases.reservationId, reservationId), eq(upsellPurchases.status, "awaiting_payment")))
    .returning()
    .get();
  if (paid) return paid;
  const row = await purchaseOf(db, tenantId, purchaseId);
  if (row.status === "paid") return row;
  throw new AppError(409, "not_awaiting_payment", "Only an extra awaiting payment can be marked paid");
}
