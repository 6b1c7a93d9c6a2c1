import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { todayIn } from "../../../../shared/domain/dates";
import { moneySchema } from "../../../../shared/domain/money";
import { quoteStay } from "../../../../shared/domain/pricing";
import { database } from "../../../db/client";
import type { AppEnv } from "../../../env";
import { AppError } from "../../../errors";
import { requireScope } from "../../../middleware/auth";
import { getAccommodation, type AccommodationRow } from "../../../services/accommodations";
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

/** Prices a stay for an accommodation, or throws the 422 the contract names. */
export function quoteFor(row: AccommodationRow, stay: { checkIn: string; checkOut: string; guests: number }, now = new Date()) {
  const result = quoteStay(
    {
      basePrice: { amount: row.basePriceAmount, currency: row.currency },
      rules: row.pricing,
      minStay: row.minStay,
      capacity: row.capacity,
      depositPercent: row.depositPercent,
    },
    { ...stay, today: todayIn(row.timezone, now) },
  );
  if (!result.ok) throw new AppError(422, result.code, result.detail);
  const { ok: _ok, ...quote } = result;
  return quote;
}

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
