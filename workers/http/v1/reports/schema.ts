import { z } from "@hono/zod-openapi";
import { isoDateSchema } from "../../../../shared/domain/dates";
import { moneySchema } from "../../../../shared/domain/money";
import { RESERVATION_SOURCES } from "../../../../shared/domain/reservation-sources";

export const reportQuery = z.object({
  from: isoDateSchema.optional().openapi({ description: "First day, in the tenant's time zone. Default: six days before `to`." }),
  to: isoDateSchema.optional().openapi({ description: "Last day, included. Default: today in the tenant's zone (or six days after `from`). At most 731 days in all." }),
  accommodationId: z.string().min(1).max(64).optional().openapi({ description: "One unit only; another tenant's unit answers 404" }),
  source: z.enum(RESERVATION_SOURCES).optional().openapi({ description: "Sales of one source only; blocked nights and available nights are the units' whatever the source" }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "Expected an ISO 4217 code such as ARS")
    .optional()
    .openapi({ description: "Stays in this currency only. Needed when the range holds stays in two currencies (otherwise 422 mixed_currencies)" }),
});

export const csvQuery = reportQuery.extend({
  delimiter: z.enum(["comma", "semicolon"]).default("comma").openapi({ description: "semicolon (with decimal commas) for Excel in es-AR and pt-BR; comma (with decimal points) otherwise" }),
});

const rate = (description: string) => z.number().min(0).max(1).nullable().openapi({ description: `${description}; null when there is nothing to divide by` });
const responseTimes = z.object({
  count: z.number().int().openapi({ description: "First guest messages answered" }),
  meanSeconds: z.number().int().nullable(),
  p95Seconds: z.number().int().nullable().openapi({ description: "95th percentile, nearest rank" }),
});

export const kpiReport = z
  .object({
    filters: z.object({ from: z.string(), to: z.string(), accommodationId: z.string().nullable(), source: z.string().nullable(), currency: z.string().nullable() }).openapi({ description: "The filters applied, defaults resolved" }),
    currency: z.string().openapi({ description: "The currency of every amount in the report" }),
    occupancy: z.number().min(0).max(1).openapi({ description: "soldNights / availableNights (0..1, four decimals)" }),
    adr: moneySchema.openapi({ description: "Average daily rate: roomRevenue / soldNights, rounded half-up to the minor unit" }),
    revpar: moneySchema.openapi({ description: "Revenue per available night: roomRevenue / availableNights" }),
    roomRevenue: moneySchema.openapi({
      description:
        "Revenue of confirmed stays on the range's nights. A stay's total is spread evenly over its nights (the remainder one minor unit at a time on the first nights), so a stay crossing the range's edges counts only its nights inside. Held, expired and cancelled stays earn nothing here.",
    }),
    extrasRevenue: moneySchema.openapi({ description: "Money taken for extras (late check-out, firewood, ...) paid in the range, on the day paid in the tenant's zone; not part of room revenue, ADR or RevPAR" }),
    depositsCollected: moneySchema.openapi({ description: "Money received net of refunds, for reservations arriving in the range" }),
    balanceOutstanding: moneySchema.openapi({ description: "What confirmed stays arriving in the range still owe (total - money received)" }),
    soldNights: z.number().int().openapi({ description: "Nights of confirmed stays in the range" }),
    availableNights: z.number().int().openapi({ description: "unitNights minus the nights the owner blocked by hand (blocked nights are not for sale, so they are left out)" }),
    blockedNights: z.number().int().openapi({ description: "Nights the owner blocked by hand" }),
    channelNights: z
      .number()
      .int()
      .openapi({ description: "Nights a channel's imported calendar blocks and no Posada stay takes: sold elsewhere at a price Posada does not know, so counted as available and not as sold" }),
    unitNights: z.number().int().openapi({ description: "Live units × days in the range" }),
    arrivals: z.number().int().openapi({ description: "Confirmed reservations arriving in the range" }),
    averageLengthOfStay: z.number().nullable().openapi({ description: "Mean nights of the confirmed reservations arriving in the range" }),
    averageLeadTimeDays: z.number().nullable().openapi({ description: "Mean days from booking (its UTC date) to check-in, for confirmed arrivals in the range" }),
    reservations: z.number().int().openapi({ description: "Every reservation arriving in the range, whatever became of it (each began as a hold)" }),
    cancellations: z.number().int().openapi({ description: "Reservations arriving in the range cancelled after money was paid (a hold released unpaid is not one)" }),
    cancellationRate: rate("cancellations / (arrivals + cancellations)"),
    lapsedHolds: z.number().int().openapi({ description: "Holds arriving in the range that ran out unpaid (or were paid too late and need a refund)" }),
    lapsedHoldRate: rate("lapsedHolds / reservations"),
    bySource: z
      .array(z.object({ source: z.string(), reservations: z.number().int().openapi({ description: "Confirmed arrivals in the range" }), soldNights: z.number().int(), roomRevenue: moneySchema }))
      .openapi({ description: "Sales by where the reservation came from, highest revenue first" }),
    byPackage: z
      .array(
        z.object({
          packageId: z.string(),
          name: z.string(),
          reservations: z.number().int().openapi({ description: "Confirmed arrivals in the range booked with the package" }),
          nights: z.number().int(),
          revenue: moneySchema.openapi({ description: "Those stays' totals (the package's price, after any guest discount)" }),
        }),
      )
      .openapi({ description: "Stays booked with a service package, by package, highest revenue first" }),
    byUnit: z.array(
      z.object({ accommodationId: z.string(), name: z.string(), soldNights: z.number().int(), availableNights: z.number().int(), occupancy: z.number(), roomRevenue: moneySchema, adr: moneySchema }),
    ),
    funnel: z
      .object({
        leads24h: z.number().int().openapi({ description: "Conversations started in the last 24 hours (any channel)" }),
        leads7d: z.number().int().openapi({ description: "Conversations started in the last 7 days" }),
        offers: z.number().int().nullable().openapi({ description: "Offers the assistant made: not recorded yet, always null" }),
        holds: z.number().int().openapi({ description: "Reservations held in a conversation in the last 7 days" }),
        confirmed: z.number().int().openapi({ description: "Of those holds, the ones now confirmed" }),
        holdRate: rate("holds / leads7d"),
        confirmRate: rate("confirmed / holds"),
        conversionRate7d: rate("confirmed / leads7d"),
        fallbackRate: rate("Share of guest messages the assistant could not understand: not recorded yet, always null"),
        handOverRate: rate("Conversations of the last 7 days handed to a person / leads7d"),
        firstResponse: z.object({ text: responseTimes, voice: responseTimes }).openapi({ description: "From a thread's first guest message to the first message back; voice notes apart" }),
      })
      .openapi({ description: "Rolling windows ending now, whatever the range; not filtered by unit or source" }),
    series: z
      .array(z.object({ date: z.string(), occupancy: z.number(), roomRevenue: moneySchema, soldNights: z.number().int(), availableNights: z.number().int() }))
      .openapi({ description: "One entry per day of the range" }),
    icalSync: z
      .object({ feeds: z.number().int(), oldestSyncAgeSeconds: z.number().int().nullable() })
      .openapi({ description: "The tenant's imported calendars and the age of the oldest successful sync (channel nights are as fresh as that)" }),
  })
  .openapi("KpiReport");
