import { z } from "@hono/zod-openapi";
import { isoDateSchema } from "../../../../shared/domain/dates";
import { moneySchema, paymentAmountSchema } from "../../../../shared/domain/money";
import type { Reservation } from "../../../bookings/reservations";

export const reservationStatus = z.enum(["held", "confirmed", "expired", "cancelled", "needs_refund"]);

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
    source: z.enum(["direct", "whatsapp", "webchat", "partner"]).optional(),
    idempotencyKey: z.string().min(8).max(128).optional(),
  })
  .openapi("CreateReservation");

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

export const cancelRequest = z.object({ reason: z.string().trim().max(500).optional() }).openapi("CancelReservation");

const DAY_MS = 86_400_000;

/** The API shape of a reservation record. */
export function presentReservation(row: Omit<Reservation, "status" | "source"> & { status: string; source: string }) {
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
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
