import { z } from "@hono/zod-openapi";
import { isoDateSchema } from "../../../../shared/domain/dates";
import { moneySchema, paymentAmountSchema } from "../../../../shared/domain/money";
import { RESERVATION_SOURCES } from "../../../../shared/domain/reservation-sources";
import { ADJUSTMENT_KINDS, presentAdjustment } from "../../../../shared/pricing/adjustments";
import type { Reservation } from "../../../bookings/reservations";

export const reservationStatus = z.enum(["held", "confirmed", "expired", "cancelled", "needs_refund"]);

/** Who the stay belongs to and which of their stays it is, on the list and on one reservation. */
export const stayOfGuest = {
  guestId: z.string().nullable().openapi({ description: "The guest profile this stay belongs to (null for a few moments after it is made)" }),
  stayNumber: z.number().int().min(1).nullable().openapi({ description: "Which of the guest's stays this is, counting their confirmed stays that check in before it (3 reads \"3.ª estadía\"); null while guestId is" }),
};

export const createReservationRequest = z
  .object({
    accommodationId: z.string().min(1).max(64),
    checkIn: isoDateSchema,
    checkOut: isoDateSchema,
    guests: z.number().int().min(1).max(100),
    guest: z.object({
      name: z.string().trim().min(1).max(120),
      phone: z.string().trim().regex(/^\+?[0-9 ()-]{6,24}$/, "a phone number").optional(),
      email: z.email().max(254).optional(),
    }),
    source: z.enum(RESERVATION_SOURCES).optional(),
    idempotencyKey: z.string().min(8).max(128).optional(),
    packageId: z.string().min(1).max(80).optional().openapi({ description: "Book with this service package: priced by it (422 package_does_not_fit when the stay does not fit it), its extras recorded on the stay as paid" }),
    guestId: z.string().min(1).max(80).optional().openapi({ description: "The guest's profile: their loyalty tier's discount is taken off the total (a phone or email of a known guest does the same); another tenant's id is a 404" }),
  })
  .openapi("CreateReservation");

/** A discount taken off a price, on its own line (a loyalty tier's; packages add theirs beside it). */
export const priceAdjustment = z
  .object({
    kind: z.enum(ADJUSTMENT_KINDS),
    label: z.string().openapi({ description: "What gives it: the tier and its percent, e.g. \"Plata −10%\", or the package's name" }),
    amount: z
      .object({ amount: z.number().int(), currency: moneySchema.shape.currency })
      .openapi({ description: "Negative: taken off the total (a package priced above the nights' own price adds the difference)" }),
  })
  .openapi("QuoteAdjustment");

export const reservation = z
  .object({
    id: z.string(),
    code: z.string(),
    status: z.string(),
    accommodationId: z.string(),
    checkIn: z.string(),
    checkOut: z.string(),
    nights: z.number().int(),
    guests: z.number().int(),
    guest: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
    source: z.string(),
    total: moneySchema,
    deposit: moneySchema,
    expiresAt: z.string().nullable(),
    extensionUsed: z.boolean(),
    /** When the guest sent a transfer receipt that awaits staff; null while awaiting payment. */
    receiptReceivedAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
    refundDecision: z.enum(["full", "partial", "keep"]).nullable().openapi({ description: "What was decided about money paid when the reservation was cancelled" }),
    notes: z.string().nullable(),
    priceOverrideReason: z.string().nullable().openapi({ description: "Why the total was set by hand; null when it is the unit's price" }),
    adjustments: z.array(priceAdjustment).openapi({ description: "Discounts already taken off `total` (the deposit follows), each on its own line; empty for the unit's price or a price set by hand" }),
    createdAt: z.string(),
  })
  .openapi("Reservation");

export const reservationIdParam = z.object({ id: z.string().min(1).max(80) });

export const listReservationsQuery = z.object({
  status: z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()))
    .pipe(z.array(reservationStatus).min(1))
    .optional()
    .openapi({ type: "string", example: "held,confirmed", description: "One status, or several separated by commas" }),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  accommodationId: z.string().max(64).optional(),
  q: z.string().max(100).optional().openapi({ description: "Guest name, phone, email or reservation code (part of it)" }),
});

export const confirmRequest = z
  .object({
    payment: z.object({
      amount: paymentAmountSchema,
      method: z.enum(["cash", "transfer", "card", "other"]),
      reference: z.string().trim().max(200).optional(),
    }),
    /** Confirms with less than the deposit; only an owner or admin may, and the payment records it. */
    override: z.boolean().optional().openapi({ description: "Confirm with less than the deposit (owners and admins only); recorded on the payment" }),
  })
  .openapi("ConfirmReservation");

export const refundRequest = z
  .object({
    decision: z.enum(["full", "partial", "keep"]).openapi({ description: "Give back everything paid, a part of it, or keep the money" }),
    amount: paymentAmountSchema.optional().openapi({ description: "For a partial refund: how much to give back" }),
    via: z.enum(["provider", "manual"]).optional().openapi({ description: "Through Mercado Pago or Stripe (default), or already given back by hand" }),
  })
  .refine((r) => r.decision !== "partial" || r.amount !== undefined, { message: "A partial refund needs an amount", path: ["amount"] })
  .openapi("RefundDecision");

export const cancelRequest = z
  .object({ reason: z.string().trim().max(500).optional(), refund: refundRequest.optional() })
  .openapi("CancelReservation");

export const refundView = z
  .object({ id: z.string(), refundOf: z.string().nullable(), provider: z.string(), amount: moneySchema, status: z.enum(["pending", "refunded", "failed"]) })
  .openapi("Refund");

export const updateReservationRequest = z
  .object({
    checkIn: isoDateSchema.optional(),
    checkOut: isoDateSchema.optional(),
    guests: z.number().int().min(1).max(100).optional(),
    guest: z
      .object({
        name: z.string().trim().min(1).max(120),
        phone: z.string().trim().regex(/^\+?[0-9 ()-]{6,24}$/, "a phone number").nullable().optional(),
        email: z.email().max(254).nullable().optional(),
      })
      .optional(),
    price: z
      .object({ amount: paymentAmountSchema, reason: z.string().trim().min(1).max(500) })
      .optional()
      .openapi({ description: "A total set by hand, with the reason; without it the stay is priced again when dates or guests change" }),
    notes: z.string().trim().max(2000).nullable().optional(),
    source: z.enum(RESERVATION_SOURCES).optional(),
  })
  .strict()
  .openapi("UpdateReservation");

const DAY_MS = 86_400_000;

/** The API shape of a reservation record. */
export function presentReservation(row: Omit<Reservation, "status" | "source" | "refundDecision"> & { status: string; source: string; refundDecision: "full" | "partial" | "keep" | null }) {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    accommodationId: row.accommodationId,
    checkIn: row.checkIn,
    checkOut: row.checkOut,
    nights: Math.round((Date.parse(row.checkOut) - Date.parse(row.checkIn)) / DAY_MS),
    guests: row.guests,
    guest: { name: row.guestName, phone: row.guestPhone, email: row.guestEmail },
    source: row.source,
    total: { amount: row.totalAmount, currency: row.currency },
    deposit: { amount: row.depositAmount, currency: row.currency },
    expiresAt: row.expiresAt === null ? null : new Date(row.expiresAt).toISOString(),
    extensionUsed: row.extensionUsed,
    receiptReceivedAt: row.receiptReceivedAt === null ? null : new Date(row.receiptReceivedAt).toISOString(),
    cancelReason: row.cancelReason,
    refundDecision: row.refundDecision,
    notes: row.notes,
    priceOverrideReason: row.priceOverrideReason,
    adjustments: (row.adjustments ?? []).map(presentAdjustment),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
