import { z } from "zod";
import type { DialogState } from "./dialog";

/** The assistant's languages; a dialog state names one of them. */
export const langSchema = z.enum(["es", "pt", "en"]);

const offerSchema = z.object({
  accommodationId: z.string(),
  name: z.string(),
  kind: z.string().nullable(),
  capacity: z.number().int(),
  checkIn: z.string(),
  checkOut: z.string(),
  nightly: z.number().int(),
  total: z.number().int(),
  deposit: z.number().int(),
  depositPercent: z.number(),
  currency: z.string(),
  package: z
    .object({
      id: z.string(),
      name: z.string(),
      total: z.number().int(),
      deposit: z.number().int(),
      extras: z.array(z.object({ es: z.string().optional(), pt: z.string().optional(), en: z.string().optional() })).max(20),
    })
    .optional(),
  withPackage: z.boolean().optional(),
  loyalty: z.object({ name: z.string().max(120), percent: z.number().min(0).max(100), before: z.number().int() }).optional(),
});

/**
 * A dialog state as it crosses a boundary (a Durable Object's RPC input, its storage): checked,
 * never cast, so a stored state from an older shape is noticed instead of trusted. Fields added
 * later have defaults, so a thread stored before them carries on with its slots.
 */
export const dialogStateSchema = z.object({
  lang: langSchema,
  slots: z.object({
    checkIn: z.string().nullable(),
    checkOut: z.string().nullable(),
    guests: z.number().int().nullable(),
    unitType: z.string().nullable(),
    amenities: z.array(z.string()),
  }),
  offers: z.array(offerSchema).max(10).default([]),
  choiceAsked: z.boolean().default(false),
  packageOffer: z.number().int().min(0).nullable().default(null),
  month: z.number().int().min(1).max(12).nullable().default(null),
  chosen: offerSchema.nullable().default(null),
  guest: z.object({ name: z.string().max(200).nullable(), phone: z.string().max(40).nullable(), email: z.string().max(320).nullable() }).default({ name: null, phone: null, email: null }),
  detailsAsked: z.number().int().default(0),
  offeredHandOff: z.boolean().default(false),
  handOffAcknowledged: z.boolean().default(false),
  lastActivityAt: z.number().nullable(),
}) satisfies z.ZodType<DialogState, unknown>;
