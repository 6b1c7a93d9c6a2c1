import { z } from "zod";
import { moneySchema } from "../../shared/domain/money";
import { depositLinkSchema, markupSchema, offerSchema, partnerSchema, quotationRequestSchema } from "../../shared/quotations/model";

export const createInput = z.object({
  id: z.string().startsWith("qtn_"),
  tenantId: z.string().min(1),
  tenantName: z.string().min(1),
  request: quotationRequestSchema,
  /** The tenant's own free units, priced by their rules, proposed as the first offer. */
  ownOffer: offerSchema.optional(),
  now: z.number().int().optional(),
});
export type CreateInput = z.input<typeof createInput>;

export const offerLineInput = z.object({
  roomType: z.string().trim().min(1).max(60),
  count: z.number().int().min(1).max(500),
  nightlyPrice: moneySchema,
  conditions: z.string().max(1000).optional(),
});

export const operatorCommandInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("invite"), partner: partnerSchema }),
  z.object({ kind: z.literal("message"), messageId: z.string().min(1), to: z.string().nullable(), text: z.string().trim().min(1).max(4000) }),
  z.object({
    kind: z.literal("compose"),
    input: z.object({
      lines: z.array(z.object({ offerId: z.string().min(1), lineIndex: z.number().int().min(0), count: z.number().int().min(1).optional() })).max(200),
      markup: markupSchema,
      depositPercent: z.number().int().min(0).max(100),
      revealPartnerIds: z.array(z.string()).max(50).optional(),
    }),
  }),
  z.object({ kind: z.literal("open") }),
  z.object({ kind: z.literal("send") }),
  z.object({ kind: z.literal("cancel") }),
  z.object({ kind: z.literal("retry_refunds") }),
]);
export type OperatorCommand = z.input<typeof operatorCommandInput>;

export const partnerCommandInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("offer"), offerId: z.string().min(1), lines: z.array(offerLineInput).min(1).max(50), validUntil: z.iso.datetime().optional() }),
  z.object({ kind: z.literal("withdraw"), offerId: z.string().min(1) }),
  z.object({ kind: z.literal("message"), messageId: z.string().min(1), text: z.string().trim().min(1).max(4000) }),
]);
export type PartnerCommand = z.input<typeof partnerCommandInput>;

export const refundOutcomeInput = z.object({
  tenantId: z.string().min(1),
  refundId: z.string().min(1),
  attempt: z.number().int().min(1),
  outcome: z.enum(["refunded", "failed"]),
  providerRefundId: z.string().max(200).optional(),
  underReview: z.boolean().optional(),
  error: z.string().optional(),
  now: z.number().int().optional(),
});
export type RefundOutcomeInput = z.input<typeof refundOutcomeInput>;

export const refundReviewInput = z.object({
  tenantId: z.string().min(1),
  providerRefundId: z.string().min(1).max(200),
  outcome: z.enum(["approved", "declined"]),
  error: z.string().optional(),
  now: z.number().int().optional(),
});
export type RefundReviewInput = z.input<typeof refundReviewInput>;

export const refundClaimInput = z.object({ tenantId: z.string().min(1), refundId: z.string().min(1), attempt: z.number().int().min(1), hold: z.boolean(), now: z.number().int().optional() });
export type RefundClaimInput = z.input<typeof refundClaimInput>;

export const depositLinkInput = z.object({ tenantId: z.string().min(1), link: depositLinkSchema, now: z.number().int().optional() });
export type DepositLinkInput = z.input<typeof depositLinkInput>;
