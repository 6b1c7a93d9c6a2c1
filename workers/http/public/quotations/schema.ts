import { z } from "@hono/zod-openapi";
import { moneySchema } from "../../../../shared/domain/money";
import { problemSchema } from "../../common";

export const tokenParam = z.object({ token: z.string().min(1).max(200).openapi({ param: { name: "token", in: "path" }, description: "The link's token" }) });
export const offerParams = tokenParam.extend({ offerId: z.string().min(1).max(64).openapi({ param: { name: "offerId", in: "path" } }) });

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });
export const linkErrors = {
  400: problem("Invalid input"),
  404: problem("No such link (or it was never made)"),
  413: problem("Body too large"),
  429: problem("Too many requests on this link; see Retry-After"),
} as const;
export const linkConflict = { 409: problem("not_open, deadline_passed, offer_withdrawn, not_sent") } as const;
export const linkUnprocessable = { 422: problem("currency_mismatch") } as const;

export const offerRequest = z
  .object({
    lines: z
      .array(
        z.object({
          roomType: z.string().trim().min(1).max(60),
          count: z.number().int().min(1).max(500),
          nightlyPrice: moneySchema,
          conditions: z.string().max(1000).optional(),
        }),
      )
      .min(1)
      .max(50),
    validUntil: z.iso.datetime({ offset: true }).optional(),
  })
  .openapi("PartnerOffer");

export const partnerMessageRequest = z.object({ text: z.string().trim().min(1).max(4000) }).openapi("PartnerMessage");

export const depositCheckout = z
  .union([
    z.object({ provider: z.literal("payu"), action: z.string(), fields: z.record(z.string(), z.string()), amount: moneySchema }),
    z.object({ provider: z.enum(["mercadopago", "stripe"]), url: z.string().openapi({ description: "The provider's hosted checkout: open it" }), expiresAt: z.number().int(), amount: moneySchema }),
    z.object({ provider: z.null(), reason: z.literal("no_provider_for_country") }),
  ])
  .openapi("DepositCheckout");

export const socketQuery = z.object({ after: z.string().regex(/^\d{1,12}$/).optional().openapi({ description: "The last event number seen: what came after is replayed" }) });
