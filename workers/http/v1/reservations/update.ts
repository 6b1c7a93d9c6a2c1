import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { amendReservation } from "../../../bookings/amend-reservation";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { presentReservation, reservation, reservationIdParam, updateReservationRequest } from "./schema";

const route = createRoute({
  method: "patch",
  path: "/v1/reservations/{id}",
  tags: ["Reservations"],
  summary: "Change a held or confirmed reservation: dates, guests, price, notes, source",
  description:
    "New dates are taken in the accommodation's calendar in one step: the stay keeps its old nights until the new ones are its own, " +
    "and answers 409 `dates_unavailable` (changing nothing) when any new night is taken. The stay is priced again when its dates or guests " +
    "change, unless `price` sets the total by hand with a reason. A guest already in the house keeps their check-in.",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: reservationIdParam, body: jsonBody(updateReservationRequest) },
  responses: {
    200: jsonResponse("Changed", reservation),
    ...authErrors,
    ...notFoundError,
    ...conflictError("dates_unavailable, or not_amendable (expired or cancelled)"),
    ...unprocessableError("As the quote: invalid_range, min_stay, over_capacity, in_the_past, too_long; currency_mismatch"),
  },
});

export function registerUpdateReservation(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { price, ...changes } = c.req.valid("json");
    const row = await amendReservation(c.env, c.get("principal").tenantId, c.req.valid("param").id, {
      ...changes,
      price: price && { amount: price.amount.amount, currency: price.amount.currency, reason: price.reason },
    });
    return c.json(presentReservation(row), 200);
  });
}
