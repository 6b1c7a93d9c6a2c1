import { z } from "@hono/zod-openapi";
import { moneySchema } from "../../../../shared/domain/money";
import type { GuestRow } from "../../../guests/find-guest";
import type { StaySummary } from "../../../guests/guest-profiles";
import { isoTime } from "../../common";

export const guestIdParam = z.object({ id: z.string().min(1).max(80).openapi({ param: { name: "id", in: "path" }, example: "gst_01J0000000000000000000000" }) });
export const mergeIdParam = z.object({ mergeId: z.string().min(1).max(80).openapi({ param: { name: "mergeId", in: "path" } }) });

export const searchQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: "Name (accents and case ignored), phone in any format, email, tag or a stay's code; empty lists the most recent" }),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

const langSchema = z.enum(["es", "pt", "en"]);

export const summarySchema = z
  .object({
    completedStays: z.number().int().openapi({ description: "Confirmed stays whose check-out has come" }),
    confirmedStays: z.number().int(),
    nights: z.number().int().openapi({ description: "Nights of confirmed stays" }),
    spend: z.array(moneySchema).openapi({ description: "Totals of confirmed stays, one per currency" }),
    lastCheckOut: z.string().nullable(),
  })
  .openapi("GuestStaySummary");

export const guestSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable().openapi({ description: "Null while unknown (a WhatsApp contact who has not said it)" }),
    phone: z.string().nullable().openapi({ description: "E.164; Argentine numbers in their mobile form (+54 9 …)" }),
    email: z.string().nullable(),
    lang: langSchema.nullable(),
    notes: z.string().nullable(),
    tags: z.array(z.string()),
    marketingConsent: z.boolean(),
    mergedInto: z.string().nullable(),
    anonymised: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Guest");

export const guestListItem = guestSchema.extend({ summary: summarySchema }).openapi("GuestListItem");

export const guestStay = z
  .object({
    id: z.string(),
    code: z.string(),
    status: z.string(),
    accommodationId: z.string(),
    accommodationName: z.string(),
    checkIn: z.string(),
    checkOut: z.string(),
    guests: z.number().int(),
    source: z.string(),
    total: moneySchema,
  })
  .openapi("GuestStay");

export const guestProfileSchema = guestSchema
  .extend({
    summary: summarySchema,
    stays: z.array(guestStay),
    ratings: z.array(z.object({ reservationId: z.string(), score: z.number().int(), comment: z.string().nullable(), via: z.string(), createdAt: z.string() })),
    contacts: z.array(z.object({ phone: z.string().nullable(), email: z.string().nullable(), profileId: z.string() })).openapi({ description: "Every phone and email of this guest, merged profiles' included" }),
    tier: z
      .object({ name: z.string(), discountPercent: z.number().nullable(), benefits: z.array(z.string()), stays: z.number().int(), nights: z.number().int() })
      .nullable()
      .openapi({ description: "The loyalty tier reached by confirmed stays or nights of the last 24 months (null: none, or no programme), with those figures" }),
    tierHistory: z
      .array(
        z.object({
          from: z.string().nullable(),
          to: z.string().nullable(),
          reason: z.object({ cause: z.enum(["stay_confirmed", "stay_cancelled", "stays_changed", "tiers_changed", "backfill"]), stays: z.number().int(), nights: z.number().int(), reservationId: z.string().nullable() }),
          at: z.string(),
        }),
      )
      .openapi({ description: "Each change of tier, newest first, with what caused it" }),
  })
  .openapi("GuestProfile");

export const updateGuestRequest = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    phone: z.string().max(40).nullish().openapi({ description: "Any format; stored as E.164" }),
    email: z.string().max(254).nullish(),
    lang: langSchema.nullish(),
    notes: z.string().max(4000).nullish(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    marketingConsent: z.boolean().optional(),
  })
  .openapi("UpdateGuestRequest");

export const mergeRequest = z.object({ otherId: z.string().min(1).max(80).openapi({ description: "The profile merged into this one" }) }).openapi("MergeGuestsRequest");

export function presentGuest(row: GuestRow) {
  return {
    id: row.id,
    name: row.name || null,
    phone: row.phone,
    email: row.email,
    lang: row.lang,
    notes: row.notes,
    tags: row.tags,
    marketingConsent: row.marketingConsent,
    mergedInto: row.mergedInto,
    anonymised: row.anonymisedAt !== null,
    createdAt: isoTime(row.createdAt)!,
    updatedAt: isoTime(row.updatedAt)!,
  };
}

export function presentStay(stay: { id: string; code: string; status: string; accommodationId: string; accommodationName: string; checkIn: string; checkOut: string; guests: number; source: string; totalAmount: number; currency: string }) {
  return {
    id: stay.id,
    code: stay.code,
    status: stay.status,
    accommodationId: stay.accommodationId,
    accommodationName: stay.accommodationName,
    checkIn: stay.checkIn,
    checkOut: stay.checkOut,
    guests: stay.guests,
    source: stay.source,
    total: { amount: stay.totalAmount, currency: stay.currency },
  };
}

export const presentSummary = (summary: StaySummary) => summary;
