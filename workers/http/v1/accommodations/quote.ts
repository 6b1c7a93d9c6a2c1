import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { moneySchema } from "../../../../shared/domain/money";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { getAccommodation } from "../../../accommodations/accommodations";
import { quoteFor } from "../../../bookings/quotes";
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

const route = createRoute({
  method: "get",
  path: "/v1/accommodations/{id}/quote",
  tags: ["Accommodations"],
  summary: "Price a stay night by night",
  security,
  middleware: [requireScope("availability:read")] as const,
  request: { params: accommodationIdParam, query: stayQuery },
  responses: {
    200: jsonResponse("Quote", quoteSchema),
    ...authErrors,
    ...notFoundError,
    ...unprocessableError("invalid_range, min_stay, over_capacity, in_the_past or too_long"),
  },
});

export function registerQuote(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const row = await getAccommodation(database(c.env.DB), c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(quoteFor(row, c.req.valid("query")), 200);
  });
}
