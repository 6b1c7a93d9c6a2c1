import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { moneySchema } from "../../../../shared/domain/money";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { getAccommodation } from "../../../accommodations/accommodations";
import { quoteFor } from "../../../bookings/quotes";
import { quoteForGuest } from "../../../loyalty/quote-adjustments";
import { priceAdjustment } from "../reservations/schema";
import { authErrors, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { accommodationIdParam } from "./schema";

export const stayQuery = z.object({
  checkIn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
  checkOut: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
  guests: z.coerce.number().int().min(1).max(100),
});

export const quoteSchema = z
  .object({
    nights: z.number().int(),
    total: moneySchema,
    deposit: moneySchema,
    breakdown: z.array(z.object({ date: z.string(), price: moneySchema })),
  })
  .openapi("Quote");


const guestQuote = quoteSchema
  .extend({
    adjustments: z.array(priceAdjustment).openapi({ description: "Discounts for the guest named by `guestId`, each on its own line and already taken off `total` (the deposit follows); empty without one" }),
  })
  .openapi("StayQuote");

const route = createRoute({
  method: "get",
  path: "/v1/accommodations/{id}/quote",
  tags: ["Accommodations"],
  summary: "Price a stay night by night",
  security,
  middleware: [requireScope("availability:read")] as const,
  request: {
    params: accommodationIdParam,
    query: stayQuery.extend({ guestId: z.string().min(1).max(80).optional().openapi({ description: "A guest profile: their loyalty tier's discount is applied" }) }),
  },
  responses: {
    200: jsonResponse("Quote", guestQuote),
    ...authErrors,
    ...notFoundError,
    ...unprocessableError("invalid_range, min_stay, over_capacity, in_the_past or too_long"),
  },
});

export function registerQuote(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const db = database(c.env.DB);
    const tenantId = c.get("principal").tenantId;
    const row = await getAccommodation(db, tenantId, c.req.valid("param").id);
    const { guestId, ...stay } = c.req.valid("query");
    const quote = quoteFor(row, stay);
    return c.json(guestId ? await quoteForGuest(db, tenantId, guestId, quote, row) : { ...quote, adjustments: [] }, 200);
  });
}
