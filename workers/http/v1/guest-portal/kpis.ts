import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { isValidDate } from "../../../../shared/domain/dates";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { journeyKpis, JOURNEY_TARGETS } from "../../../guest-portal/journey-kpis";
import { requireScope } from "../../middleware/auth";
import { authErrors, jsonResponse, security } from "../../common";

const dateParam = z.string().refine(isValidDate, "must be a real date (YYYY-MM-DD)");
const nullableNumber = z.number().nullable();

const kpis = z
  .object({
    from: z.string(),
    to: z.string(),
    ratings: z.number().int().openapi({ description: "Ratings of stays arriving in the range" }),
    averageRating: nullableNumber.openapi({ description: "Mean score, 0–10" }),
    averageRatingOutOf5: nullableNumber.openapi({ description: "The same on the runbook's 0–5 scale (target ≥ 4.5)" }),
    nps: nullableNumber.openapi({ description: "% of 9–10 minus % of 0–6, −100..100" }),
    firstResponse: z.object({ count: z.number().int(), meanSeconds: nullableNumber, p95Seconds: nullableNumber }).openapi({
      description: "From a guest message that found the thread waiting on us to our next message (scheduled steps are not answers), for guest messages written in the range; target ≤ 10 minutes",
    }),
    checkIn: z.object({ arrivals: z.number().int(), completedBeforeArrival: z.number().int(), rate: nullableNumber }).openapi({ description: "Confirmed stays arriving in the range that checked in online before their arrival day ended" }),
    upsells: z
      .object({ offered: z.number().int(), bought: z.number().int(), conversion: nullableNumber, revenue: z.array(z.object({ currency: z.string(), amount: z.number().int() })) })
      .openapi({ description: "Extras offered to stays arriving in the range (once per stay and extra) and how many were paid; target conversion ≥ 18%" }),
    targets: z.object({ ratingOutOf5: z.number(), firstResponseMinutes: z.number(), upsellConversion: z.number() }),
  })
  .openapi("JourneyKpis");

const route = createRoute({
  method: "get",
  path: "/v1/guest-experience/kpis",
  tags: ["Guest portal"],
  summary: "The guest journey's KPIs: rating and NPS, first-response time, online check-in rate, extras conversion and revenue",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: z.object({ from: dateParam, to: dateParam }) },
  responses: { 200: jsonResponse("KPIs", kpis), ...authErrors },
});

export function registerJourneyKpis(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { from, to } = c.req.valid("query");
    if (to < from) throw new AppError(400, "validation_failed", "`to` is before `from`", { errors: [{ path: "to", message: "must not be before from" }] });
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > 400) throw new AppError(400, "validation_failed", "At most 400 days at a time", { errors: [{ path: "to", message: "range too long" }] });
    return c.json({ ...(await journeyKpis(c.var.db, c.var.principal.tenantId, from, to)), targets: JOURNEY_TARGETS }, 200);
  });
}
