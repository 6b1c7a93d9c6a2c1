import { z } from "@hono/zod-openapi";
import { isoDateSchema } from "../../../../shared/domain/dates";
import { moneySchema } from "../../../../shared/domain/money";
import {
  bookingOutcomeSchema,
  clientPackageSchema,
  compositionSchema,
  composedLineSchema,
  markupSchema,
  messageSchema,
  offerSchema,
  partnerSchema,
  paymentRecordSchema,
  QUOTATION_STATUSES,
  refundRecordSchema,
  roomNeedSchema,
} from "../../../../shared/quotations/model";

export const quotationStatus = z.enum(QUOTATION_STATUSES);
export const quotationIdParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: "id", in: "path" } }) });

export const createQuotationRequest = z
  .object({
    groupName: z.string().trim().min(1).max(200),
    contact: z.object({ name: z.string().trim().min(1).max(200), email: z.email().max(254).optional(), phone: z.string().trim().min(3).max(40).optional() }),
    checkIn: isoDateSchema,
    checkOut: isoDateSchema,
    people: z.number().int().min(1).max(2000),
    rooms: z.array(roomNeedSchema).min(1).max(30),
    deadline: z.iso.datetime({ offset: true }),
    notes: z.string().max(4000).optional(),
    language: z.enum(["es", "pt", "en"]).optional().openapi({ description: "The client's language for their page and emails (default es)" }),
    country: z.string().regex(/^[A-Z]{2}$/).optional().openapi({ description: "The client's country (ISO 3166-1): picks the payment provider" }),
  })
  .openapi("CreateQuotation");

const requestView = z.object({
  groupName: z.string(),
  contact: z.object({ name: z.string(), email: z.string().optional(), phone: z.string().optional() }).optional(),
  checkIn: z.string(),
  checkOut: z.string(),
  people: z.number().int(),
  rooms: z.array(roomNeedSchema),
  deadline: z.string(),
  notes: z.string().optional(),
  currency: z.string(),
  language: z.enum(["es", "pt", "en"]),
  country: z.string().optional(),
});

const partnerComposition = z.object({
  view: z.literal("partner"),
  nights: z.number().int(),
  lines: z.array(composedLineSchema.pick({ offerId: true, lineIndex: true, roomType: true, count: true, nightlyCost: true, cost: true })),
});
const clientComposition = z.object({ view: z.literal("client"), clientPackage: clientPackageSchema });

/**
 * A quotation as its viewer may see it. The operator gets every field; a partner only its own
 * offers, messages and picked lines; the client only the sent package (see the room's privacy rules).
 */
export const quotationView = z
  .object({
    id: z.string(),
    seq: z.number().int().openapi({ description: "The newest event's number: open the live socket with `after` = this" }),
    status: quotationStatus,
    request: requestView.nullable(),
    partners: z.array(partnerSchema),
    offers: z.array(offerSchema),
    messages: z.array(messageSchema),
    composition: z.union([compositionSchema, partnerComposition, clientComposition]).nullable(),
    payments: z.array(paymentRecordSchema),
    refunds: z.array(refundRecordSchema).openapi({ description: "The deposit given back after a cancellation (operator and client only)" }),
    booking: bookingOutcomeSchema.nullable(),
    lodging: z.string().openapi({ description: "The operator's lodging name" }),
    tenantId: z.string().optional(),
  })
  .openapi("Quotation");

export const quotationSummary = z
  .object({
    id: z.string(),
    groupName: z.string(),
    status: quotationStatus,
    checkIn: z.string(),
    checkOut: z.string(),
    people: z.number().int(),
    deadline: z.string(),
    currency: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("QuotationSummary");

export const invitePartnerRequest = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254),
    phone: z.string().trim().min(3).max(40).optional(),
    language: z.enum(["es", "pt", "en"]).optional(),
  })
  .openapi("InvitePartner");

export const invitedPartner = z.object({ partnerId: z.string(), link: z.string(), token: z.string() }).openapi("InvitedPartner");

export const savedPartner = z.object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable() }).openapi("SavedPartner");

export const composeRequest = z
  .object({
    lines: z.array(z.object({ offerId: z.string().min(1).max(64), lineIndex: z.number().int().min(0).max(49), count: z.number().int().min(1).max(500).optional() })).min(1).max(200),
    markup: markupSchema,
    depositPercent: z.number().int().min(0).max(100).default(30),
    revealPartnerIds: z.array(z.string().max(64)).max(50).optional(),
  })
  .openapi("ComposeQuotation");

export const operatorMessageRequest = z
  .object({ to: z.string().max(64).nullable().default(null).openapi({ description: "A partner id, or null for every partner" }), text: z.string().trim().min(1).max(4000) })
  .openapi("QuotationMessage");

export const sentQuotation = quotationView.extend({ clientLink: z.string(), clientToken: z.string() }).openapi("SentQuotation");

export { moneySchema };
