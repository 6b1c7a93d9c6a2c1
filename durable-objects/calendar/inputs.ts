import { z } from "zod";
import { isoDateSchema } from "../../shared/domain/dates";
import { RESERVATION_SOURCES } from "../../shared/domain/reservation-sources";
import { adjustmentRuleSchema } from "../../shared/pricing/adjustments";
import { loyaltyCopySchema, unitConfigSchema } from "./unit-config";

/** Longest stay or block the object accepts, in nights. */
export const MAX_STAY_NIGHTS = 365;
export const HOLD_MINUTES = 30;
export const EXTENSION_MINUTES = 15;
/** What a transfer receipt adds to its hold, once, so the nights stay held while staff check the account. */
export const RECEIPT_EXTENSION_MINUTES = 120;
/** Most ranges one feed may hand over in one import (the Worker clips and caps before this). */
export const MAX_IMPORTED_RANGES = 2000;

const range = z
  .object({ checkIn: isoDateSchema, checkOut: isoDateSchema })
  .refine((r) => r.checkIn < r.checkOut, { message: "checkOut must be after checkIn", path: ["checkOut"] })
  .refine((r) => (Date.parse(r.checkOut) - Date.parse(r.checkIn)) / 86_400_000 <= MAX_STAY_NIGHTS, {
    message: `at most ${MAX_STAY_NIGHTS} nights`,
    path: ["checkOut"],
  });

const owner = z.object({ tenantId: z.string().min(1), accommodationId: z.string().min(1) });
const clock = z.object({ now: z.number().int().optional() });

/** The accommodation's copy, and with it (when the Worker read it) the tenant's loyalty copy. */
export const configureInput = unitConfigSchema.extend({ loyalty: loyaltyCopySchema.optional() });

export const holdInput = z.object({
  tenantId: z.string().min(1),
  accommodationId: z.string().min(1),
  /** Dates are checked and priced here (422 reasons come back as codes), so they are plain strings. */
  checkIn: z.string().max(32),
  checkOut: z.string().max(32),
  guests: z.number().int(),
  guest: z.object({ name: z.string().min(1).max(200), phone: z.string().max(40).optional(), email: z.string().max(254).optional() }),
  source: z.enum(RESERVATION_SOURCES),
  idempotencyKey: z.string().min(1).max(200).optional(),
  conversationId: z.string().min(1).optional(),
  /** Discounts the Worker found for this guest (their loyalty tier), taken off the price here (shared/pricing/adjustments.ts). */
  adjustments: z.array(adjustmentRuleSchema).max(4).optional(),
  /**
   * "ask": the Worker has not looked for the guest's discount (the request names only a contact),
   * so the hold is refused with guest_discount_needed when the tenant's tiers give discounts.
   */
  guestDiscount: z.literal("ask").optional(),
  /** A service package the stay is booked with: checked against the stay and priced here, with the nights. */
  package: z
    .object({
      id: z.string().min(1).max(80),
      name: z.string().min(1).max(200),
      accommodationIds: z.array(z.string()).max(500),
      minNights: z.number().int(),
      maxNights: z.number().int(),
      price: z.object({ amount: z.number().int().min(0), currency: z.string().length(3) }).nullable(),
      discountPercent: z.number().min(0).max(100).nullable(),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
    })
    .optional(),
  now: z.number().int().optional(),
});

export const reservationRef = z.object({ tenantId: z.string().min(1), reservationId: z.string().min(1) }).and(clock);
/**
 * Reading one reservation; `settled` asks that the read model first has what this object committed
 * about it (its payments, its status), for a caller that reads the rest of the stay from there.
 */
export const reservationRead = reservationRef.and(z.object({ settled: z.boolean().optional() }));
/** What happens to money already paid when a stay is cancelled: given back in full, in part, or kept. */
export const refundDecisionInput = z.object({
  decision: z.enum(["full", "partial", "keep"]),
  /** Minor units, for a partial refund only, in `currency` (the reservation's). */
  amount: z.number().int().positive().optional(),
  currency: z.string().length(3).optional(),
  /** Through the provider the money came from, or already given back by hand (cash, a transfer). */
  via: z.enum(["provider", "manual"]).default("provider"),
  recordedBy: z.string().min(1).optional(),
});

export const cancelInput = z
  .object({ tenantId: z.string().min(1), reservationId: z.string().min(1), reason: z.string().max(500).optional(), refund: refundDecisionInput.optional() })
  .and(clock);

/** How a provider refund ended, reported by the Worker after calling the provider. */
export const refundOutcomeInput = z
  .object({
    tenantId: z.string().min(1),
    reservationId: z.string().min(1),
    refundId: z.string().min(1),
    outcome: z.enum(["refunded", "failed"]),
    providerRefundId: z.string().max(100).optional(),
    error: z.string().max(300).optional(),
  })
  .and(clock);

/** An edit of a live reservation; every field is optional and the whole edit is one transaction. */
export const amendInput = z
  .object({
    tenantId: z.string().min(1),
    reservationId: z.string().min(1),
    checkIn: z.string().max(32).optional(),
    checkOut: z.string().max(32).optional(),
    guests: z.number().int().optional(),
    guest: z.object({ name: z.string().min(1).max(200), phone: z.string().max(40).nullable().optional(), email: z.string().max(254).nullable().optional() }).optional(),
    /** A total set by hand (minor units, the reservation's currency) and why; otherwise the stay is priced again when dates or guests change. */
    price: z.object({ amount: z.number().int().nonnegative(), currency: z.string().length(3), reason: z.string().min(1).max(500) }).optional(),
    notes: z.string().max(2000).nullable().optional(),
    source: z.enum(RESERVATION_SOURCES).optional(),
  })
  .and(clock);

const manualPayment = z.object({
  source: z.literal("manual"),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  method: z.string().min(1).max(40),
  reference: z.string().max(200).optional(),
  recordedBy: z.string().min(1).optional(),
  /** Confirms with less than the deposit: only an owner or admin may ask (checked by the Worker). */
  override: z.boolean().default(false),
  /**
   * The guest paid while the hold was live (a transfer receipt came in time): confirmed even if
   * the hold lapsed while staff checked the account, as late provider money is, when the nights are still free.
   */
  paidWhileHeld: z.boolean().default(false),
});

const providerPayment = z.object({
  source: z.literal("provider"),
  provider: z.enum(["mercadopago", "stripe"]),
  providerPaymentId: z.string().min(1),
  status: z.enum(["pending", "approved", "rejected", "cancelled", "refunded"]),
  amount: z.number().int().nullable(),
  currency: z.string(),
  method: z.string(),
  reference: z.string().nullable(),
});

export const paymentInput = z
  .object({ tenantId: z.string().min(1), reservationId: z.string().min(1), payment: z.discriminatedUnion("source", [manualPayment, providerPayment]) })
  .and(clock);

export const blockInput = range.and(owner).and(z.object({ blockId: z.string().min(1), note: z.string().max(500).optional() }));
export const unblockInput = z.object({ blockId: z.string().min(1) });
export const replaceImportedInput = owner.extend({
  feedId: z.string().min(1),
  ranges: z.array(z.object({ start: isoDateSchema, end: isoDateSchema })).max(MAX_IMPORTED_RANGES),
});
export const snapshotInput = z.object({ from: isoDateSchema, to: isoDateSchema });
export const stayRef = z.object({ reservationId: z.string().min(1) }).and(clock);

export type ConfigureInput = z.input<typeof configureInput>;
export type HoldInput = z.input<typeof holdInput>;
export type ReservationRef = z.input<typeof reservationRef>;
export type ReservationRead = z.input<typeof reservationRead>;
/** A late check-out or early check-in of one stay, keyed by the extra's purchase. */
export const dayUseInput = z
  .object({ tenantId: z.string().min(1), reservationId: z.string().min(1), purchaseId: z.string().min(1).max(80), kind: z.enum(["late_checkout", "early_checkin"]) })
  .and(clock);
export type DayUseInput = z.input<typeof dayUseInput>;
export type CancelInput = z.input<typeof cancelInput>;
export type RefundOutcomeInput = z.input<typeof refundOutcomeInput>;
export type AmendInput = z.input<typeof amendInput>;
export type PaymentInput = z.input<typeof paymentInput>;
export type BlockInput = z.input<typeof blockInput>;
export type ReplaceImportedInput = z.input<typeof replaceImportedInput>;
