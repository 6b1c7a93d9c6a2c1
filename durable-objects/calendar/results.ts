import type { QuoteErrorCode } from "../../shared/domain/pricing";
import type { ReservationSource } from "../../shared/domain/reservation-sources";
import type { StoredAdjustment } from "../../shared/pricing/adjustments";
import type { ProviderOutcome } from "./payment-rules";

export type { ReservationSource };
export type ReservationStatus = "held" | "confirmed" | "expired" | "cancelled" | "needs_refund";
export type RefundDecision = "full" | "partial" | "keep";

/** A reservation as the object holds it; the same shape as the read model's row. */
export interface ReservationView {
  id: string;
  tenantId: string;
  accommodationId: string;
  code: string;
  status: ReservationStatus;
  checkIn: string;
  checkOut: string;
  guests: number;
  guestName: string;
  guestPhone: string | null;
  guestEmail: string | null;
  source: ReservationSource;
  totalAmount: number;
  depositAmount: number;
  currency: string;
  expiresAt: number | null;
  extensionUsed: boolean;
  idempotencyKey: string | null;
  cancelReason: string | null;
  /** What staff decided about money already paid when they cancelled; null when nothing was decided. */
  refundDecision: RefundDecision | null;
  notes: string | null;
  /** Why the total was set by hand; null when it is the unit's price for the stay. */
  priceOverrideReason: string | null;
  /** Discounts already taken off totalAmount, each its own line (empty: the unit's price, or one set by hand). */
  adjustments: StoredAdjustment[];
  conversationId: string | null;
  /** When a transfer receipt came in for the deposit and awaits staff; null while awaiting payment. */
  receiptReceivedAt: number | null;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface NightConflict {
  night: string;
  stayId: string;
  kind: string;
}

export type HoldResult =
  | { ok: true; reservation: ReservationView; replayed: boolean }
  | { ok: false; code: "dates_unavailable"; conflicts: NightConflict[] }
  | { ok: false; code: QuoteErrorCode; detail: string }
  | { ok: false; code: "not_found" | "idempotency_key_reused" | "package_does_not_fit" | "guest_discount_needed" };

export type ExtendResult = { ok: true; reservation: ReservationView } | { ok: false; code: "not_found" | "extension_used" | "not_held" };
/** A refund row: money given back against one payment, through its provider or by hand. */
export interface RefundView {
  id: string;
  /** The payment it gives back. */
  refundOf: string | null;
  provider: string;
  /** The provider's id of the payment being refunded (null for money given back by hand). */
  providerPaymentId: string | null;
  amount: number;
  currency: string;
  status: "pending" | "refunded" | "failed";
}

export type CancelResult =
  | { ok: true; reservation: ReservationView; refunds: RefundView[] }
  | { ok: false; code: "not_found" | "not_cancellable" | "refund_already_decided" | "nothing_to_refund" | "refund_too_large" | "refund_amount_required" | "no_provider_payment" | "currency_mismatch" };

export type AmendResult =
  | { ok: true; reservation: ReservationView; changed: boolean }
  | { ok: false; code: "dates_unavailable"; conflicts: NightConflict[] }
  | { ok: false; code: QuoteErrorCode; detail: string }
  | { ok: false; code: "not_found" | "not_amendable" | "currency_mismatch" };

export type RefundOutcomeResult = { ok: true; refund: RefundView } | { ok: false; code: "not_found" };

export type PaymentResult =
  | { ok: true; outcome: ProviderOutcome; reservation: ReservationView; paymentId: string | null; rejectedPayments: number }
  | { ok: false; code: "not_found" | "currency_mismatch" | "below_deposit" | "expired" | "not_held" };

export type ReceiptResult = { ok: true; reservation: ReservationView; extended: boolean } | { ok: false; code: "not_found" | "not_held" };

export type BlockResult = { ok: true } | { ok: false; code: "dates_unavailable"; conflicts: NightConflict[] };
export type DayStatus = "free" | "held" | "booked" | "blocked";

/** What the outbox hands to the bookings queue once the state behind it is committed. */
export type BookingEvent =
  | { kind: "stay_confirmed"; tenantId: string; accommodationId: string; reservationId: string }
  /** A reservation's state reached the read model (held, confirmed, dates changed, cancelled, expired): its scheduled messages follow. */
  | { kind: "reservation_changed"; tenantId: string; accommodationId: string; reservationId: string }
  | { kind: "calendar_outbox_stuck"; tenantId: string; accommodationId: string; attempts: number; error: string }
  | { kind: "calendar_outbox_recovered"; tenantId: string; accommodationId: string };
