import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { requireScope } from "../../middleware/auth";
import { presentAccommodation } from "../../../accommodations/accommodations";
import { findAvailableAccommodations } from "../../../bookings/availability";
import { authErrors, jsonResponse, security } from "../../common";
import { quoteFor } from "../../../bookings/quotes";
import { quoteSchema, stayQuery } from "../accommodations/quote";
import { accommodation } from "../accommodations/schema";

const route = createRoute({
  method: "get",
  path: "/v1/availability",
  tags: ["Accommodations"],
  summary: "Units free for every night of the stay, each with its quote",
  security,
  middleware: [requireScope("availability:read")] as const,
  request: { query: stayQuery.extend({ type: z.enum(["cabin", "apartment", "house", "room"]).optional() }) },
  responses: {
    200: jsonResponse("Free units", z.object({ data: z.array(z.object({ accommodation, quote: quoteSchema })) })),
    ...authErrors,
  },
});

export function registerAvailability(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const query = c.req.valid("query");
    const { secretsKey, publicBaseUrl } = c.get("config");
    const rows = await findAvailableAccommodations(database(c.env.DB), c.get("principal").tenantId, query);
    const data = [];
    for (const row of rows) {
      try {
        data.push({ accommodation: await presentAccommodation(row, secretsKey, publicBaseUrl), quote: quoteFor(row, query) });
      } catch (error) {
        // A unit whose rules refuse this stay (e.g. its minimum stay) is not an offer.
        if (!(error instanceof AppError && error.status === 422)) throw error;
      }
    }
    return c.json({ data }, 200);
  });
}
