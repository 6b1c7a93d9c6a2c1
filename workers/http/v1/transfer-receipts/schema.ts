import { z } from "@hono/zod-openapi";
import { REJECTION_REASONS } from "../../../../shared/transfer/guest-messages";
import type { listReceipts } from "../../../payments/transfer/receipts";
import { moneySchema } from "../../../../shared/domain/money";
import { isoTime } from "../../common";

export const receiptIdParam = z.object({ id: z.string().min(1).max(64) });

export const receiptStatus = z.enum(["pending", "confirmed", "rejected"]);

export const listQuery = z.object({
  status: receiptStatus.optional(),
  reservationId: z.string().min(1).max(80).optional(),
});

export const transferReceipt = z
  .object({
    id: z.string(),
    status: receiptStatus,
    reservationId: z.string(),
    conversationId: z.string(),
    reservation: z
      .object({ code: z.string(), status: z.string(), guestName: z.string(), accommodationId: z.string(), checkIn: z.string(), checkOut: z.string(), deposit: moneySchema, expiresAt: z.string().nullable() })
      .nullable()
      .openapi({ description: "The reservation it pays, from the read model (null for a moment right after the hold)" }),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    fileUrl: z.string().openapi({ description: "Where staff fetch the file (authenticated, this tenant only)" }),
    holdLive: z.boolean().openapi({ description: "Whether the hold was still live when it came" }),
    rejectReason: z.enum(REJECTION_REASONS).nullable(),
    rejectNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("TransferReceipt");

export const rejectRequest = z
  .object({
    reason: z.enum(REJECTION_REASONS).openapi({ description: "Said to the guest in their language" }),
    note: z.string().trim().min(1).max(300).optional().openapi({ description: "Added to the guest's message as written" }),
  })
  .openapi("RejectTransferReceipt");

type Listed = Awaited<ReturnType<typeof listReceipts>>[number];

export function presentReceipt({ receipt, reservation }: { receipt: Listed["receipt"]; reservation: Listed["reservation"] | null }) {
  return {
    id: receipt.id,
    status: receipt.status,
    reservationId: receipt.reservationId,
    conversationId: receipt.conversationId,
    reservation: reservation
      ? {
          code: reservation.code,
          status: reservation.status,
          guestName: reservation.guestName,
          accommodationId: reservation.accommodationId,
          checkIn: reservation.checkIn,
          checkOut: reservation.checkOut,
          deposit: { amount: reservation.depositAmount, currency: reservation.currency },
          expiresAt: isoTime(reservation.expiresAt),
        }
      : null,
    contentType: receipt.contentType,
    sizeBytes: receipt.sizeBytes,
    fileUrl: `/v1/transfer-receipts/${receipt.id}/file`,
    holdLive: receipt.holdLive,
    rejectReason: (receipt.rejectReason as (typeof REJECTION_REASONS)[number] | null) ?? null,
    rejectNote: receipt.rejectNote,
    decidedAt: isoTime(receipt.decidedAt),
    createdAt: new Date(receipt.createdAt).toISOString(),
  };
}
