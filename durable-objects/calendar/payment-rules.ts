/**
 * What a payment does to its reservation, decided from the stored state alone (pure, so the
 * same facts always give the same outcome: a redelivery or a retry after a crash is answered
 * exactly like the first delivery).
 */
export type PaymentStatus = "pending" | "approved" | "rejected" | "cancelled" | "refunded";

/** Later states win: a `pending` fetched after `approved` (a slow replica, a stale retry) never undoes it. */
export const PAYMENT_STATUS_RANK: Record<PaymentStatus, number> = { pending: 0, cancelled: 0, rejected: 1, approved: 2, refunded: 3 };

export const laterPaymentStatus = (stored: PaymentStatus, incoming: PaymentStatus): PaymentStatus =>
  PAYMENT_STATUS_RANK[incoming] >= PAYMENT_STATUS_RANK[stored] ? incoming : stored;

export type ProviderOutcome = "confirmed" | "already_confirmed" | "pending" | "rejected" | "refunded" | "amount_mismatch" | "needs_refund";

export interface ProviderPaymentFacts {
  status: PaymentStatus;
  amount: number | null;
  currency: string;
  /** A flag this payment already carries from an earlier run (amount_mismatch, needs_refund). */
  flag: string | null;
}

export interface ReservationFacts {
  status: string;
  depositAmount: number;
  currency: string;
  /** Whether the reservation's nights are free for it again (only asked for a lapsed hold). */
  nightsFree: () => boolean;
}

export type ProviderDecision =
  | { outcome: "pending" | "rejected" | "refunded" | "already_confirmed" }
  | { outcome: "amount_mismatch" | "needs_refund"; flag: "amount_mismatch" | "needs_refund" }
  | { outcome: "confirmed"; late: boolean };

/** Decides what an approved, pending or failed provider payment does. */
export function decideProviderPayment(payment: ProviderPaymentFacts, reservation: ReservationFacts): ProviderDecision {
  if (payment.status === "pending" || payment.status === "cancelled") return { outcome: "pending" };
  if (payment.status === "refunded") return { outcome: "refunded" };
  if (payment.status === "rejected") return { outcome: "rejected" };
  if (payment.flag === "amount_mismatch" || payment.flag === "needs_refund") return { outcome: payment.flag, flag: payment.flag };
  if (payment.amount === null || payment.currency !== reservation.currency) return { outcome: "amount_mismatch", flag: "amount_mismatch" };
  // A confirmed stay takes any amount toward its balance (the rest of the stay, its extras): the
  // deposit is a floor only for the payment that confirms.
  if (reservation.status === "confirmed") return { outcome: "already_confirmed" };
  if (payment.amount < reservation.depositAmount) return { outcome: "amount_mismatch", flag: "amount_mismatch" };
  if (reservation.status === "held") return { outcome: "confirmed", late: false };
  // Money after the hold lapsed confirms when the nights are still free; otherwise it is never
  // dropped: the reservation waits for a refund or a rebooking by staff.
  if (reservation.status === "expired" && reservation.nightsFree()) return { outcome: "confirmed", late: true };
  return { outcome: "needs_refund", flag: "needs_refund" };
}

export type ManualDecision =
  | { ok: true; outcome: "confirmed" | "already_confirmed"; belowDeposit: boolean }
  | { ok: false; code: "currency_mismatch" | "below_deposit" | "expired" | "not_held" };

/**
 * Staff recording money taken by hand. A stay is confirmed by at least its deposit; less takes an
 * explicit override, which only an owner or admin may give and which is recorded on the payment.
 */
export function decideManualPayment(
  payment: { amount: number; currency: string; override: boolean; paidWhileHeld?: boolean },
  reservation: { status: string; depositAmount: number; currency: string; nightsFree?: () => boolean },
): ManualDecision {
  if (payment.currency !== reservation.currency) return { ok: false, code: "currency_mismatch" };
  if (reservation.status === "confirmed") return { ok: true, outcome: "already_confirmed", belowDeposit: false };
  // Money the guest sent in time is not lost to staff checking it late, while nobody else took the nights.
  const lateButPaidInTime = reservation.status === "expired" && payment.paidWhileHeld === true && (reservation.nightsFree?.() ?? false);
  if (reservation.status === "expired" && !lateButPaidInTime) return { ok: false, code: "expired" };
  if (reservation.status !== "held" && !lateButPaidInTime) return { ok: false, code: "not_held" };
  const belowDeposit = payment.amount < reservation.depositAmount;
  if (belowDeposit && !payment.override) return { ok: false, code: "below_deposit" };
  return { ok: true, outcome: "confirmed", belowDeposit };
}
