import { z } from "zod";
import { isoDateSchema } from "../domain/dates";
import { moneySchema } from "../domain/money";

/** Where a quotation is in its life; `expired` and `cancelled` end it early. */
export const QUOTATION_STATUSES = ["draft", "open", "composed", "sent", "approved", "paid", "confirmed", "expired", "cancelled"] as const;
export type QuotationStatus = (typeof QUOTATION_STATUSES)[number];

export const roomNeedSchema = z.object({ type: z.string().trim().min(1).max(60), count: z.number().int().min(1).max(500) });

/** What the group asked for, as the operator wrote it down. */
export const quotationRequestSchema = z.object({
  groupName: z.string().trim().min(1).max(200),
  contact: z.object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254).optional(),
    phone: z.string().trim().min(3).max(40).optional(),
  }),
  checkIn: isoDateSchema,
  checkOut: isoDateSchema,
  people: z.number().int().min(1).max(2000),
  rooms: z.array(roomNeedSchema).min(1).max(30),
  deadline: z.iso.datetime(),
  notes: z.string().max(4000).optional(),
  /** The tenant's currency: every price in the room is in it. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The client's language (es, pt, en) for their page and emails. */
  language: z.enum(["es", "pt", "en"]).default("es"),
  /** The client's country (ISO 3166-1 alpha-2): picks the payment provider. */
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
});
export type QuotationRequest = z.infer<typeof quotationRequestSchema>;

export const partnerSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  language: z.enum(["es", "pt", "en"]).default("es"),
});
export type Partner = z.infer<typeof partnerSchema>;

export const offerLineSchema = z.object({
  roomType: z.string().trim().min(1).max(60),
  count: z.number().int().min(1).max(500),
  nightlyPrice: moneySchema,
  /** nightlyPrice × count × nights, worked out by the room (never taken from the sender). */
  total: moneySchema,
  conditions: z.string().max(1000).optional(),
  /** Own units only: the accommodation whose calendar takes the nights on payment. */
  accommodationId: z.string().optional(),
  unitName: z.string().optional(),
  /** Own units only: how many the unit sleeps (the hold's guests). */
  sleeps: z.number().int().optional(),
});
export type OfferLine = z.infer<typeof offerLineSchema>;

export const offerSchema = z.object({
  id: z.string().min(1),
  /** null: the operator's own units, proposed when the quotation was created. */
  partnerId: z.string().nullable(),
  lines: z.array(offerLineSchema).min(1).max(50),
  validUntil: z.iso.datetime().optional(),
  status: z.enum(["active", "withdrawn"]),
  updatedAt: z.number().int(),
});
export type Offer = z.infer<typeof offerSchema>;

export const messageSchema = z.object({
  id: z.string().min(1),
  from: z.discriminatedUnion("kind", [z.object({ kind: z.literal("operator") }), z.object({ kind: z.literal("partner"), partnerId: z.string() })]),
  /** The partner it is meant for; null from the operator means every partner. */
  to: z.string().nullable(),
  text: z.string().trim().min(1).max(4000),
  at: z.number().int(),
});
export type RoomMessage = z.infer<typeof messageSchema>;

export const markupSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("percent"), percent: z.number().min(0).max(500) }),
  z.object({ kind: z.literal("per_room_night"), amount: moneySchema }),
]);
export type Markup = z.infer<typeof markupSchema>;

export const composedLineSchema = z.object({
  offerId: z.string(),
  lineIndex: z.number().int(),
  partnerId: z.string().nullable(),
  accommodationId: z.string().optional(),
  sleeps: z.number().int().optional(),
  roomType: z.string(),
  count: z.number().int(),
  nightlyCost: moneySchema,
  cost: moneySchema,
  price: moneySchema,
});
export type ComposedLine = z.infer<typeof composedLineSchema>;

/** What the client is shown: rooms per type with the markup in, and a lodging's name only when revealed. */
export const clientPackageSchema = z.object({
  nights: z.number().int(),
  rooms: z.array(z.object({ roomType: z.string(), count: z.number().int(), lodging: z.string().nullable(), total: moneySchema })),
  total: moneySchema,
  deposit: moneySchema,
});
export type ClientPackage = z.infer<typeof clientPackageSchema>;

export const compositionSchema = z.object({
  lines: z.array(composedLineSchema),
  markup: markupSchema,
  nights: z.number().int(),
  cost: moneySchema,
  price: moneySchema,
  margin: moneySchema,
  depositPercent: z.number().int(),
  revealedPartnerIds: z.array(z.string()),
  clientPackage: clientPackageSchema,
  /** True once the operator sent it: only a sent package reaches the client. */
  sent: z.boolean(),
});
export type Composition = z.infer<typeof compositionSchema>;

export const paymentRecordSchema = z.object({
  provider: z.enum(["payu", "mercadopago", "stripe", "manual"]),
  providerPaymentId: z.string(),
  /** PayU's order id (`reference_pol`), which its refunds name; absent for other providers and older rooms. */
  providerOrderId: z.string().optional(),
  amount: moneySchema,
  at: z.number().int(),
});
export type PaymentRecord = z.infer<typeof paymentRecordSchema>;

/** A hosted checkout made for the deposit, kept so that approving again hands out the same one. */
export const depositLinkSchema = z.object({
  provider: z.enum(["mercadopago", "stripe"]),
  providerRef: z.string(),
  url: z.string(),
  amount: moneySchema,
  expiresAt: z.number().int(),
});
export type DepositLink = z.infer<typeof depositLinkSchema>;

/**
 * The deposit given back after a paid quotation was cancelled, one per provider payment. `pending`
 * until the provider answers; the provider call's idempotency key is `id` and `attempt`, so asking
 * again after a lost answer never refunds twice, and a retry after a refusal is a new request.
 */
export const refundRecordSchema = z.object({
  id: z.string(),
  provider: paymentRecordSchema.shape.provider,
  providerPaymentId: z.string(),
  providerOrderId: paymentRecordSchema.shape.providerOrderId,
  amount: moneySchema,
  status: z.enum(["pending", "refunded", "failed"]),
  attempt: z.number().int().min(1),
  providerRefundId: z.string().optional(),
  /**
   * A refund the provider accepted but still reviews (PayU answers PENDING and decides within
   * days): `refunded` until its decision arrives, then final, or `failed` when it was declined.
   */
  underReview: z.boolean().optional(),
  /** The provider declined, after its review, a refund it had accepted (so it is `failed`). */
  declinedAfterReview: z.boolean().optional(),
  error: z.string().optional(),
  at: z.number().int(),
});
export type RefundRecord = z.infer<typeof refundRecordSchema>;

export const bookingOutcomeSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), reservationIds: z.array(z.string()) }),
  z.object({ ok: z.literal(false), code: z.string(), accommodationId: z.string().nullable() }),
]);
export type BookingOutcome = z.infer<typeof bookingOutcomeSchema>;

/** One piece of the room. Snapshots and events are both made of these, so one filter decides who sees each. */
export type RoomItem =
  | { kind: "request"; request: QuotationRequest | Omit<QuotationRequest, "contact"> }
  | { kind: "status"; status: QuotationStatus }
  | { kind: "partner"; partner: Partner }
  | { kind: "offer"; offer: Offer }
  | { kind: "message"; message: RoomMessage }
  | { kind: "composition"; composition: Composition | PartnerComposition | ClientComposition }
  | { kind: "payment"; payment: PaymentRecord }
  | { kind: "refund"; refund: RefundRecord }
  | { kind: "booking"; outcome: BookingOutcome };

/** A partner's view of a package: which of its own lines were picked, at its own prices. */
export interface PartnerComposition {
  view: "partner";
  nights: number;
  lines: Array<Pick<ComposedLine, "offerId" | "lineIndex" | "roomType" | "count" | "nightlyCost" | "cost">>;
}
/** The client's view of a sent package. */
export interface ClientComposition {
  view: "client";
  clientPackage: ClientPackage;
}

export interface RoomEvent {
  seq: number;
  at: number;
  item: RoomItem;
}

/** Who is looking: the tenant's staff, one partner lodging, or the group's leader. */
export type Viewer = { role: "operator" } | { role: "partner"; partnerId: string } | { role: "client" };

/** Everything the room holds; only the room and the operator's view ever see it whole. */
export interface RoomState {
  id: string;
  tenantId: string;
  tenantName: string;
  request: QuotationRequest;
  status: QuotationStatus;
  partners: Partner[];
  offers: Offer[];
  messages: RoomMessage[];
  composition: Composition | null;
  payments: PaymentRecord[];
  booking: BookingOutcome | null;
  /** Absent in rooms opened before deposits were taken through Mercado Pago or Stripe. */
  depositLink?: DepositLink | null;
  /** Absent in rooms opened before cancellations refunded the deposit. */
  refunds?: RefundRecord[];
  /**
   * Until when a Worker holds a refund attempt's provider call (`refundId:attempt` → ms), so two
   * Workers never ask a provider without idempotency keys (PayU) for the same refund at once.
   */
  refundClaims?: Record<string, number>;
  createdAt: number;
  updatedAt: number;
}
